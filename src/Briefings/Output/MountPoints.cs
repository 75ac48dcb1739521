namespace Briefings.Output;

/// <summary>
/// The folders file systems are mounted on (Linux: <c>/proc/self/mountinfo</c>). A mount point cannot be renamed
/// (EBUSY), so a build cannot replace it by rename; elsewhere the list is empty and the rename's own error speaks.
/// </summary>
public static class MountPoints
{
    public const string MountInfo = "/proc/self/mountinfo";

    public static IReadOnlySet<string> OfThisMachine()
    {
        if (!OperatingSystem.IsLinux()) return new HashSet<string>();
        try
        {
            return Parse(File.ReadAllText(MountInfo));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new HashSet<string>();
        }
    }

    /// <summary>Field 5 of each line is the mount point, with space, tab, newline and backslash written as octal escapes (<c>\040</c>).</summary>
    public static IReadOnlySet<string> Parse(string mountInfo)
    {
        var points = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in mountInfo.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(' ');
            if (fields.Length > 4) points.Add(Unescape(fields[4]));
        }
        return points;
    }

    private static string Unescape(string field)
    {
        if (!field.Contains('\\')) return field;
        var text = new System.Text.StringBuilder(field.Length);
        for (var i = 0; i < field.Length; i++)
        {
            if (field[i] == '\\' && IsOctal(field, i + 1))
            {
                text.Append((char)Convert.ToInt32(field.Substring(i + 1, 3), 8));
                i += 3;
            }
            else text.Append(field[i]);
        }
        return text.ToString();
    }

    private static bool IsOctal(string text, int at) =>
        at + 3 <= text.Length && text[at] is >= '0' and <= '7' && text[at + 1] is >= '0' and <= '7' && text[at + 2] is >= '0' and <= '7';
}
