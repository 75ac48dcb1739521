namespace Briefings.Import;

/// <summary>What the editor told <c>briefings import</c>: the articles' date (the reference for relative dates) and language.</summary>
/// <param name="Today">The day the article enters the briefings: the sidecar's <c>date:</c>.</param>
public sealed record ImportOptions(DateOnly Today, DateOnly? ArticleDate = null, string? Language = null);
