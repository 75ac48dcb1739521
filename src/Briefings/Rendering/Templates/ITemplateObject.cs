using Scriban.Runtime;

namespace Briefings.Rendering.Templates;

/// <summary>
/// A value templates read members of (<c>briefing.title</c>). Each view type lists its members once, by
/// hand, in a <see cref="TemplateMembers{T}"/>: no reflection, so the tool runs the same under Native AOT.
/// </summary>
public interface ITemplateObject
{
    IObjectAccessor Members { get; }
}
