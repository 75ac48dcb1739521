namespace Briefings.Glossary;

/// <summary>A term's definition rendered once: the HTML of the glossary page and the plain text of tooltips.</summary>
public sealed record TermDefinition(string Html, string Short);
