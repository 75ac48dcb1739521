using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Glossary;
using Briefings.Model;
using Briefings.Pipeline;
using Briefings.Rendering.Templates;
using Briefings.Timeline;

namespace Briefings.Metadata;

/// <summary>Stage 2, parse: each briefing's files on their own (in parallel), the timeline and glossary files, the templates.</summary>
public static class SiteParser
{
    public static Staged<ParsedSite> Parse(LoadedSite loaded)
    {
        var diagnostics = new DiagnosticBag();
        // The timeline, glossary and templates (each read on one thread: a site's timeline is often one large
        // file) are read while the briefings are, instead of after them; diagnostics are sorted in the end.
        var shared = Task.Run(() =>
        {
            var bag = new DiagnosticBag();
            var events = TimelineLoader.Load(loaded.Input, bag);
            var terms = GlossaryLoader.Load(loaded.Input, bag);
            var templates = TemplateSet.Parse(loaded.Theme);
            foreach (var diagnostic in templates.Diagnostics) bag.Add(diagnostic);
            return (events, terms, templates.Value, bag);
        });
        var briefings = new List<Briefing>();
        foreach (var (briefing, found) in loaded.Sources.AsParallel().AsOrdered().Select(source => ParseBriefing(source, loaded.Config)))
        {
            foreach (var diagnostic in found) diagnostics.Add(diagnostic);
            if (briefing is not null) briefings.Add(briefing);
        }
        var (events, terms, templates, sharedDiagnostics) = shared.GetAwaiter().GetResult();
        foreach (var diagnostic in sharedDiagnostics.ToSortedList()) diagnostics.Add(diagnostic);
        return Staged<ParsedSite>.From(new ParsedSite(briefings, events, terms, templates), diagnostics);
    }

    /// <summary>One briefing's files, alone: a pure unit whose result depends only on them and the site's defaults.</summary>
    public static Staged<Briefing?> ParseBriefing(BriefingSource source, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        return Staged<Briefing?>.From(BriefingParser.Parse(source, config, diagnostics), diagnostics);
    }
}
