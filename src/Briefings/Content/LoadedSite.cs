using Briefings.Configuration;
using Briefings.Rendering;

namespace Briefings.Content;

/// <summary>The load stage's result: the files, the configuration, the theme and which files make which briefing.</summary>
public sealed record LoadedSite(SiteInput Input, SiteConfig Config, Theme Theme, IReadOnlyList<BriefingSource> Sources);
