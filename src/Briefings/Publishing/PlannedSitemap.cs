using Briefings.Planning;

namespace Briefings.Publishing;

/// <summary>A sitemap (<c>urlset</c>): the root-relative paths of the pages it lists, made absolute when written.</summary>
public sealed record PlannedSitemap(string Path, IReadOnlyList<string> Pages) : PlannedOutput(Path, "application/xml");
