using Briefings.Planning;

namespace Briefings.Publishing;

/// <summary><c>robots.txt</c>, naming the sitemap by its absolute URL.</summary>
public sealed record PlannedRobots(string Path, string Sitemap) : PlannedOutput(Path, "text/plain; charset=utf-8");
