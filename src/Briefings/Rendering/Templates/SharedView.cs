using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>
/// A view made once per build and read by many pages (a briefing, an event, a term, a tag): the same instance
/// wherever it is shown. Other views (a pager, a page) are made per page.
/// </summary>
public abstract record SharedView : ITemplateObject
{
    public abstract IObjectAccessor Members { get; }
}
