using Briefings.Assembling;
using Briefings.Configuration;
using Briefings.Diagnostics;
using Briefings.Glossary;
using Briefings.Markdown.Extensions.BriefingLinks;
using Briefings.Markdown.Extensions.GlossaryLinks;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Pipeline;

namespace Briefings.Markdown;

/// <summary>
/// Stage 3, process: Markdown to HTML. Glossary definitions first (tooltips need them), then every
/// published body alone and in parallel, then event summaries. Nothing here needs the assembled site.
/// </summary>
public static class SiteProcessor
{
    public static Staged<ProcessedSite> Process(SiteConfig config, ParsedSite parsed, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        var metadata = MarkdownPipelineFactory.CreateForMetadata();
        // Duplicate ids are the assembler's to report; the first term of an id is the one linked.
        var terms = parsed.Terms.DistinctBy(t => t.Id).ToList();
        // A definition shows on its term's own page, so "#other-term" (the glossary page's anchor) leads to that term's page.
        var router = new Routing.Router(config.BaseUrl);
        var ids = terms.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var definitions = terms.ToDictionary(t => t.Id, t =>
        {
            var html = MetadataMarkdown.ToHtml(t.Definition, metadata, url =>
                url.Length > 1 && url[0] == '#' && ids.Contains(url[1..]) ? Routing.Router.Relative(router.GlossaryTerm(t.Id), router.GlossaryTerm(url[1..])) : null);
            return new TermDefinition(html, ShortDefinition.FromHtml(html));
        }, StringComparer.Ordinal);

        var processor = CreateBodyProcessor(config, terms, definitions);
        var bodies = parsed.Briefings
            .Where(b => options.IncludeDrafts || !b.Draft)
            .AsParallel()
            .Select(b => (b.MetadataFile.Path, Body: processor.Process(BodyInput.Of(b))))
            .ToDictionary(x => x.Path, x => x.Body, StringComparer.Ordinal);
        foreach (var diagnostic in bodies.Values.SelectMany(b => b.Diagnostics)) diagnostics.Add(diagnostic);

        var summaries = parsed.Events.Concat(parsed.Briefings.SelectMany(b => b.Timeline))
            .Select(e => e.Summary).OfType<string>().Distinct(StringComparer.Ordinal)
            .ToDictionary(s => s, s => MetadataMarkdown.ToHtml(s, metadata), StringComparer.Ordinal);
        return Staged<ProcessedSite>.From(new ProcessedSite(bodies, definitions, summaries), diagnostics);
    }

    /// <summary>The one body processor of a build: the pipeline, and the glossary matcher built once and shared.</summary>
    public static BodyProcessor CreateBodyProcessor(SiteConfig config, IReadOnlyList<GlossaryTerm> terms,
        IReadOnlyDictionary<string, TermDefinition> definitions)
    {
        var pipeline = MarkdownPipelineFactory.Create(config.Markdown);
        IBodyPass[] passes = config.GlossaryAutoLink && terms.Count > 0
            ? [new BriefingLinkPass(), new GlossaryLinkPass(TermMatcher.Build(GlossaryAssembler.Forms(terms)),
                definitions.ToDictionary(d => d.Key, d => d.Value.Short, StringComparer.Ordinal))]
            : [new BriefingLinkPass()];
        return new BodyProcessor(pipeline, config.Markdown.RawHtml, passes);
    }
}
