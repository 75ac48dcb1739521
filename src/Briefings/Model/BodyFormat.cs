namespace Briefings.Model;

public enum BodyFormat
{
    /// <summary>CommonMark with the extensions of <see cref="Markdown.MarkdownPipelineFactory"/>.</summary>
    Markdown,

    /// <summary>Plain text: each non-empty line is a paragraph, nothing is markup.</summary>
    PlainText,
}
