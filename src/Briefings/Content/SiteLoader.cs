using Briefings.Configuration;
using Briefings.Diagnostics;
using Briefings.Pipeline;
using Briefings.Rendering;

namespace Briefings.Content;

/// <summary>Stage 1, load: the site's configuration, its theme, and the briefings' files paired up.</summary>
public static class SiteLoader
{
    public static Staged<LoadedSite> Load(SiteInput input, BuildOptions options)
    {
        var diagnostics = new DiagnosticBag();
        foreach (var refusal in input.Refusals) diagnostics.Add(refusal);
        var config = SiteConfigLoader.Load(input, options, diagnostics);
        var theme = Theme.Load(input, diagnostics);
        var sources = BriefingSourceCollector.Collect(input, diagnostics);
        return Staged<LoadedSite>.From(new LoadedSite(input, config, theme, sources), diagnostics);
    }
}
