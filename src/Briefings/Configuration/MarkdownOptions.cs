namespace Briefings.Configuration;

/// <param name="RawHtml">Raw HTML in Markdown bodies goes out as is (authors are trusted); turn off for untrusted sources.</param>
public sealed record MarkdownOptions(bool RawHtml = true)
{
    public static MarkdownOptions Default { get; } = new();
}
