using System.Text;

namespace Briefings.Bench;

/// <summary>
/// The briefings of a Briefings site as Hugo content, for <c>bench/hugo.sh</c>: every Markdown body is
/// copied byte for byte; the front matter keeps what Hugo reads the same way (<c>title</c>, <c>date</c>,
/// <c>tags</c>) and gives the summary as Hugo's <c>description</c>; the keys Hugo has no use for
/// (<c>authors</c>, <c>source</c>, <c>timeline</c>, …) are left out. The site's layouts and configuration
/// come from <c>bench/hugo/</c>.
/// </summary>
public static class HugoContent
{
    private static readonly Dictionary<string, string> Kept = new(StringComparer.Ordinal)
    {
        ["title"] = "title",
        ["date"] = "date",
        ["tags"] = "tags",
        ["summary"] = "description",
    };

    /// <summary>Writes <c>SITE/content/briefings/**.md</c> to <c>HUGO/content/briefings/</c>; returns how many.</summary>
    public static int Write(string site, string hugo)
    {
        var source = Path.Combine(site, "content", "briefings");
        var target = Path.Combine(hugo, "content", "briefings");
        var count = 0;
        foreach (var file in Directory.EnumerateFiles(source, "*.md", SearchOption.AllDirectories))
        {
            var path = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, Convert(File.ReadAllText(file, Encoding.UTF8), file));
            count++;
        }
        return count;
    }

    /// <summary>
    /// The file with its front matter reduced. A top-level key runs to the next top-level key; its indented
    /// or <c>-</c> lines go with it, so block values are kept or dropped whole.
    /// </summary>
    public static string Convert(string text, string file)
    {
        text = text.ReplaceLineEndings("\n");
        if (!text.StartsWith("---\n", StringComparison.Ordinal)) throw new InvalidDataException($"{file}: no front matter");
        var end = text.IndexOf("\n---\n", 3, StringComparison.Ordinal);
        if (end < 0) throw new InvalidDataException($"{file}: front matter not closed");

        var output = new StringBuilder("---\n");
        var keep = false;
        foreach (var line in text[4..(end + 1)].Split('\n'))
        {
            if (line.Length == 0) continue;
            if (line[0] is not (' ' or '-' or '#'))
            {
                var colon = line.IndexOf(':');
                keep = colon > 0 && Kept.ContainsKey(line[..colon]);
                if (keep)
                {
                    output.Append(Kept[line[..colon]]).Append(line.AsSpan(colon)).Append('\n');
                    continue;
                }
            }
            if (keep) output.Append(line).Append('\n');
        }
        return output.Append(text.AsSpan(end + 1)).ToString();
    }
}
