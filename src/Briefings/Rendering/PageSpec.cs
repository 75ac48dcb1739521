using Briefings.Model;
using Briefings.Rendering.Views;

namespace Briefings.Rendering;

/// <summary>One page to render: where it goes, which template, and what the template sees besides <c>site</c> and <c>page</c>.</summary>
/// <param name="Briefing">Set on a briefing page, whose body is rendered with the page.</param>
public sealed record PageSpec(string Template, PageView Page, IReadOnlyDictionary<string, object?> Globals, Briefing? Briefing = null)
{
    public string Path => Page.Path;
}
