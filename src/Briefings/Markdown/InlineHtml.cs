namespace Briefings.Markdown;

/// <summary>HTML held in memory: builds without a cache (tests, <c>check</c>).</summary>
public sealed class InlineHtml(string html) : HtmlText
{
    public override string Read() => html;
}
