using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Views;

/// <summary>A briefing as templates see it. Text values are escaped when written; only <c>body</c> is markup.</summary>
/// <param name="Extra">The briefing's free <c>extra:</c> values, as template data.</param>
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
    ScriptObject Extra) : SharedView
{
    private static readonly TemplateMembers<BriefingView> Accessor = TemplateMembers<BriefingView>.Of(
        ("slug", v => v.Slug), ("path", v => v.Path), ("title", v => v.Title), ("date", v => v.Date), ("date_iso", v => v.DateIso),
        ("summary", v => v.Summary), ("language", v => v.Language), ("authors", v => v.Authors), ("source", v => v.Source),
        ("tags", v => v.Tags), ("reading_minutes", v => v.ReadingMinutes), ("extra", v => v.Extra));

    public override IObjectAccessor Members => Accessor;
}
