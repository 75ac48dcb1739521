namespace Briefings.Rendering.Views;

/// <summary>A briefing as templates see it. Text values are escaped when written; only <c>body</c> is markup.</summary>
public sealed record BriefingView(
    string Slug,
    string Path,
    string Title,
    DateOnly Date,
    string DateIso,
    string? Summary,
    string Language,
    IReadOnlyList<string> Authors,
    SourceView? Source,
    IReadOnlyList<TagView> Tags,
    int ReadingMinutes,
    IReadOnlyDictionary<string, object?> Extra);
