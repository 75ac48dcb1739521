using Briefings.Diagnostics;

namespace Briefings.Markdown;

/// <summary>What processing a body yields, on its own: nothing here depends on the rest of the site.</summary>
/// <param name="Html">The HTML, with a slot per link (see <see cref="BodyHtml"/>).</param>
/// <param name="Links">The links the slots stand for, by slot index.</param>
/// <param name="Terms">Glossary terms mentioned (and linked), in order of first mention.</param>
/// <param name="PlainText">The words a reader sees, for search and summaries.</param>
public sealed record ProcessedBody(
    string Html,
    IReadOnlyList<BodyLink> Links,
    IReadOnlyList<string> Terms,
    string PlainText,
    IReadOnlyList<Diagnostic> Diagnostics);
