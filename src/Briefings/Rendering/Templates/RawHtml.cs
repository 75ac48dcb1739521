namespace Briefings.Rendering.Templates;

/// <summary>Markup the build made itself (a rendered body, an included partial): written to the page unescaped.
/// Every other value a template writes is HTML-escaped.</summary>
public sealed record RawHtml(string Value)
{
    public override string ToString() => Value;
}
