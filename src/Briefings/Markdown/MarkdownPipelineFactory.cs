using Briefings.Configuration;
using Markdig;

namespace Briefings.Markdown;

/// <summary>Builds the one Markdig pipeline of a build. Pipelines are immutable and shared by every page.</summary>
public static class MarkdownPipelineFactory
{
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
        if (!options.RawHtml) builder.DisableHtml();
        return builder.Build();
    }
}
