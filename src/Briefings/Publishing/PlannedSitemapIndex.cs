using Briefings.Planning;

namespace Briefings.Publishing;

/// <summary>A sitemap index (<c>sitemapindex</c>): the sitemaps of a site with more pages than one may list.</summary>
public sealed record PlannedSitemapIndex(string Path, IReadOnlyList<string> Sitemaps) : PlannedOutput(Path, "application/xml");
