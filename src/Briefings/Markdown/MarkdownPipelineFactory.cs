using Briefings.Configuration;
using Markdig;

namespace Briefings.Markdown;

/// <summary>Builds the Markdig pipelines of a build, once. Pipelines are immutable and shared by every body.</summary>
public static class MarkdownPipelineFactory
{
    /// <summary>For briefing bodies: raw HTML as the site allows, and links as <see cref="LinkSafety"/> allows for that trust.</summary>
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
        builder.Extensions.AddIfNotAlready<Extensions.HeadingLevels.HeadingLevelExtension>();
        if (!options.RawHtml) builder.DisableHtml();
        // Last, so that its link writers replace Markdig's after every other extension has set the renderer up.
        builder.Extensions.Add(new Extensions.SafeLinks.SafeLinkExtension(trusted: options.RawHtml));
        return builder.Build();
    }

    /// <summary>For Markdown written in YAML (summaries, definitions): never raw HTML, links as untrusted.</summary>
    public static MarkdownPipeline CreateForMetadata() => Create(new MarkdownOptions(RawHtml: false));
}
