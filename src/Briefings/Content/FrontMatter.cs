namespace Briefings.Content;

/// <summary>Where the YAML front matter of a Markdown file lies, between a first line <c>---</c> and the next <c>---</c> or <c>...</c>.</summary>
public readonly record struct FrontMatter(int YamlStart, int YamlLength, int BodyStart)
{
    /// <summary>Finds the front matter in text whose line ends are already LF; null when the text does not open with one.</summary>
    public static FrontMatter? Find(string text)
    {
        if (!(text.StartsWith("---\n", StringComparison.Ordinal) || text.StartsWith("--- \n", StringComparison.Ordinal))) return null;
        var yamlStart = text.IndexOf('\n') + 1;
        var lineStart = yamlStart;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = text.Length;
            var line = text.AsSpan(lineStart, lineEnd - lineStart).TrimEnd();
            if (line is "---" or "...")
            {
                return new FrontMatter(yamlStart, lineStart - yamlStart, Math.Min(lineEnd + 1, text.Length));
            }
            lineStart = lineEnd + 1;
        }
        return null;
    }
}
