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
        var briefings = new List<Briefing>();
        foreach (var (briefing, found) in loaded.Sources.AsParallel().AsOrdered().Select(source => ParseBriefing(source, loaded.Config)))
        {
            foreach (var diagnostic in found) diagnostics.Add(diagnostic);
            if (briefing is not null) briefings.Add(briefing);
        }
        var events = TimelineLoader.Load(loaded.Input, diagnostics);
        var terms = GlossaryLoader.Load(loaded.Input, diagnostics);
        var templates = TemplateSet.Parse(loaded.Theme);
        foreach (var diagnostic in templates.Diagnostics) diagnostics.Add(diagnostic);
        return Staged<ParsedSite>.From(new ParsedSite(briefings, events, terms, templates.Value), diagnostics);
    }

    /// <summary>One briefing's files, alone: a pure unit whose result depends only on them and the site's defaults.</summary>
    public static Staged<Briefing?> ParseBriefing(BriefingSource source, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        return Staged<Briefing?>.From(BriefingParser.Parse(source, config, diagnostics), diagnostics);
    }
}
