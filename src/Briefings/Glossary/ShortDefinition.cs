using Markdig;

namespace Briefings.Glossary;

/// <summary>The few words of a definition shown beside a term's mention: plain text, its first sentence when long.</summary>
public static class ShortDefinition
{
    public const int MaxLength = 200;

    public static string From(string markdown, MarkdownPipeline pipeline)
    {
        var text = string.Join(' ', Markdig.Markdown.ToPlainText(markdown, pipeline)
            .Split((char[])[' ', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
        if (text.Length <= MaxLength) return text;
        var sentenceEnd = text.IndexOf(". ", StringComparison.Ordinal);
        if (sentenceEnd > 0 && sentenceEnd < MaxLength) return text[..(sentenceEnd + 1)];
        var cut = text.LastIndexOf(' ', MaxLength);
        return text[..(cut > 0 ? cut : MaxLength)] + "…";
    }
}
