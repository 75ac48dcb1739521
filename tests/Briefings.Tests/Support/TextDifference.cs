namespace Briefings.Tests.Support;

/// <summary>Where two texts first differ, as a reader of a failed test wants it: line, column and both excerpts.</summary>
public static class TextDifference
{
    private const int Context = 60; // characters shown each side: whole lines of timeline.json or JSON-LD run to megabytes

    public static string First(string expected, string actual, string expectedLabel = "expected", string actualLabel = "actual")
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var width = Math.Max(expectedLabel.Length, actualLabel.Length) + 1;
        for (var i = 0; i < Math.Max(a.Length, b.Length); i++)
        {
            var left = i < a.Length ? a[i] : null;
            var right = i < b.Length ? b[i] : null;
            if (left == right) continue;
            var column = left is null || right is null ? 0 : CommonPrefix(left, right);
            return $"line {i + 1}, column {column + 1}\n" +
                $"  {(expectedLabel + ":").PadRight(width)} {Excerpt(left, column)}\n" +
                $"  {(actualLabel + ":").PadRight(width)} {Excerpt(right, column)}";
        }
        return "(same lines, different line ends)";
    }

    private static int CommonPrefix(string left, string right)
    {
        var n = 0;
        while (n < left.Length && n < right.Length && left[n] == right[n]) n++;
        return n;
    }

    private static string Excerpt(string? line, int column)
    {
        if (line is null) return "(end of file)";
        var start = Math.Max(0, column - Context);
        var end = Math.Min(line.Length, column + Context);
        return (start > 0 ? "…" : "") + line[start..end] + (end < line.Length ? "…" : "");
    }
}
