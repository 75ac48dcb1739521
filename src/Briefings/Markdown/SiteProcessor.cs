using Briefings.Assembling;
using Briefings.Caching;
using Briefings.Configuration;
using Briefings.Diagnostics;
using Briefings.Glossary;
using Briefings.Markdown.Extensions.BriefingLinks;
using Briefings.Markdown.Extensions.FrenchTypography;
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
    public static Staged<ProcessedSite> Process(SiteConfig config, ParsedSite parsed, BuildOptions options, BuildCache? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        var metadata = MarkdownPipelineFactory.CreateForMetadata();
        // Duplicate ids are the assembler's to report; the first term of an id is the one linked.
        var terms = parsed.Terms.DistinctBy(t => t.Id).ToList();
        // A definition shows on its term's own page, so "#other-term" (the glossary page's anchor) leads to that term's page.
        var router = new Routing.Router(config.BaseUrl);
        var ids = terms.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        // In parallel, like the bodies: hundreds of definitions go through Markdown at every build.
        var definitions = terms.AsParallel().AsOrdered().Select(t =>
        {
            var rendered = MetadataMarkdown.Render(t.Definition, metadata, url =>
                url.Length > 1 && url[0] == '#' && ids.Contains(url[1..]) ? Routing.Router.Relative(router.GlossaryTerm(t.Id), router.GlossaryTerm(url[1..])) : null,
                french: config.Typography && FrenchTypography.IsFrench(t.Language ?? config.Language));
            return (t, rendered);
        }).ToList();
        foreach (var (term, rendered) in definitions) Report(rendered, $"the definition of '{term.Id}'", term.Location, diagnostics);
        var definitionsById = definitions.ToDictionary(d => d.t.Id, d => new TermDefinition(d.rendered.Html, ShortDefinition.FromHtml(d.rendered.Html)), StringComparer.Ordinal);

        // Made when a body is first processed: a rebuild that finds every body in the cache never builds the glossary's matcher.
        var processor = new Lazy<BodyProcessor>(() => CreateBodyProcessor(config, terms, definitionsById));
        var context = cache is null ? default : ContextKey(config, terms);
        var bodies = parsed.Briefings
            .Where(b => options.IncludeDrafts || !b.Draft)
            .AsParallel()
            .Select(b => (b.MetadataFile.Path, Body: cache is not null && parsed.SourceKeys.TryGetValue(b.MetadataFile.Path, out var source)
                ? Cached(cache, BodyKey(source, context, b), processor, b)
                : processor.Value.Process(BodyInput.Of(b))))
            .ToDictionary(x => x.Path, x => x.Body, StringComparer.Ordinal);
        foreach (var diagnostic in bodies.Values.SelectMany(b => b.Diagnostics)) diagnostics.Add(diagnostic);

        // Events have no language of their own: their summaries are in the site's.
        var frenchSummaries = config.Typography && FrenchTypography.IsFrench(config.Language);
        // Each distinct summary once; what is wrong with one is reported at the first event that has it.
        var summaries = parsed.Events.Concat(parsed.Briefings.SelectMany(b => b.Timeline))
            .Where(e => e.Summary is not null).DistinctBy(e => e.Summary, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(e => (Event: e, Rendered: Summary(e.Summary!, metadata, cache, frenchSummaries)))
            .ToList();
        foreach (var (e, rendered) in summaries) Report(rendered, $"the summary of event '{e.Id}'", e.Location, diagnostics);
        return Staged<ProcessedSite>.From(new ProcessedSite(bodies, definitionsById, summaries.ToDictionary(s => s.Event.Summary!, s => s.Rendered.Html, StringComparer.Ordinal)),
            diagnostics);
    }

    /// <summary>
    /// Metadata Markdown's problems, at the term or event that holds it (a link's place inside a YAML scalar is not
    /// known): a refused link warns, Markdown too costly or too deep to render is an error (its text shows, escaped).
    /// </summary>
    private static void Report(MetadataMarkdown.Result rendered, string what, Diagnostics.SourceLocation at, DiagnosticBag diagnostics)
    {
        foreach (var link in rendered.Refused) diagnostics.Warning(DiagnosticCodes.UnsafeLink, at, $"{what}: {BodyProcessor.Describe(link, trusted: false)}");
        if (rendered.Failure is { } failure) diagnostics.Error(rendered.FailureCode ?? DiagnosticCodes.MarkdownTooCostly, at, $"{what}: {failure}");
    }

    private static ProcessedBody Cached(BuildCache cache, UInt128 key, Lazy<BodyProcessor> processor, Briefing briefing) =>
        cache.TryGetBody(key, out var body) ? body : cache.KeepBody(key, processor.Value.Process(BodyInput.Of(briefing)));

    private static MetadataMarkdown.Result Summary(string markdown, Markdig.MarkdownPipeline pipeline, BuildCache? cache, bool french)
    {
        if (cache is null) return MetadataMarkdown.Render(markdown, pipeline, french: french);
        var key = CacheKey.Of(french ? "summary-fr" : "summary", markdown);
        if (cache.TryGetSummary(key, out var html)) return new MetadataMarkdown.Result(html, [], null);
        var rendered = MetadataMarkdown.Render(markdown, pipeline, french: french);
        // Only a summary with nothing to report is kept: the cache holds no diagnostics, and the next build must say them again.
        if (rendered.Refused.Count == 0 && rendered.Failure is null) cache.KeepSummary(key, rendered.Html);
        return rendered;
    }

    /// <summary>
    /// What every body's processing depends on besides its own files: the Markdown options, whether terms are
    /// linked, and the glossary (its forms, which are linked, and its definitions, whose short form each link carries).
    /// </summary>
    private static UInt128 ContextKey(SiteConfig config, IReadOnlyList<GlossaryTerm> terms)
    {
        var key = new CacheKey().Add("bodies").Add(config.Markdown.RawHtml).Add(config.GlossaryAutoLink).Add(config.Typography).Add(config.Language).Add(config.BaseUrl?.ToString()).Add(terms.Count);
        foreach (var term in terms)
        {
            key.Add(term.Id).Add(term.Term).Add(term.Definition).Add(term.Language).Add(term.Forms.Count);
            foreach (var (text, caseSensitive, _) in term.Forms) key.Add(text).Add(caseSensitive);
        }
        return key.Build();
    }

    private static UInt128 BodyKey(UInt128 source, UInt128 context, Briefing briefing)
    {
        var key = new CacheKey().Add(source).Add(context);
        if (briefing.GlossaryExclude.Count == 0) return key.Build();
        foreach (var excluded in briefing.GlossaryExclude.Select(r => r.Slug).Order(StringComparer.Ordinal)) key.Add(excluded);
        return key.Build();
    }

    /// <summary>The one body processor of a build: the pipeline, and the glossary matcher built once and shared.</summary>
    public static BodyProcessor CreateBodyProcessor(SiteConfig config, IReadOnlyList<GlossaryTerm> terms,
        IReadOnlyDictionary<string, TermDefinition> definitions)
    {
        var pipeline = MarkdownPipelineFactory.Create(config.Markdown);
        // First, the opening heading that repeats the title goes: its links and terms would otherwise count.
        List<IBodyPass> passes = [new Extensions.HeadingLevels.RepeatedTitlePass(), new BriefingLinkPass(), new LocalFileLinkPass()];
        if (config.GlossaryAutoLink && terms.Count > 0)
            passes.Add(new GlossaryLinkPass(TermMatcher.Build(GlossaryAssembler.Forms(terms)), definitions.ToDictionary(d => d.Key, d => d.Value.Short, StringComparer.Ordinal),
                terms.ToDictionary(t => t.Id, t => t.Language ?? config.Language, StringComparer.Ordinal)));
        // Last: the glossary matches forms as written (l'OTSC), and the words of its links are typeset with the rest.
        if (config.Typography) passes.Add(new FrenchTypographyPass());
        return new BodyProcessor(pipeline, config.Markdown.RawHtml, passes);
    }
}
