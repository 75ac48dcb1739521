using Briefings.Configuration;
using Markdig;

namespace Briefings.Markdown;

/// <summary>Builds the Markdig pipelines of a build, once. Pipelines are immutable and shared by every body.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>For briefing bodies: raw HTML as the site allows.</summary>
    public static MarkdownPipeline Create(MarkdownOptions options)
    {
        var builder = new MarkdownPipelineBuilder()
            .UsePreciseSourceLocation()
            .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
            .UsePipeTables()
            .UseFootnotes()
            .UseEmphasisExtras()
            .UseListExtras()
            .UseFigures()
            .UseAutoLinks();
        builder.Extensions.AddIfNotAlready<Extensions.GlossaryLinks.GlossaryLinkExtension>();
        builder.Extensions.AddIfNotAlready<Extensions.BriefingLinks.BriefingLinkExtension>();
        if (!options.RawHtml) builder.DisableHtml();
        return builder.Build();
    }

    /// <summary>For Markdown written in YAML (summaries, definitions): never raw HTML.</summary>
    public static MarkdownPipeline CreateForMetadata() => Create(new MarkdownOptions(RawHtml: false));
}
