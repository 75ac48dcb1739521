namespace Briefings.Import;

/// <summary>One article imported: where it came from, its slug, the two files written and what was read from it.</summary>
public sealed record ImportedArticle(string Input, string Slug, string TextPath, string SidecarPath, ArticleAnalysis Analysis);
