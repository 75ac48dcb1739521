using Briefings.Diagnostics;

namespace Briefings.Markdown;

/// <summary>What processing a body yields, on its own: nothing here depends on the rest of the site.</summary>
/// <param name="Html">The HTML, with a slot per link (see <see cref="BodyHtml"/>).</param>
/// <param name="Links">The links the slots stand for, by slot index.</param>
/// <param name="Terms">Glossary terms mentioned (and linked), in order of first mention.</param>
/// <param name="ReadingMinutes">The reading time of the text, in minutes.</param>
public sealed record ProcessedBody(
    HtmlText Html,
    IReadOnlyList<BodyLink> Links,
    IReadOnlyList<string> Terms,
    int ReadingMinutes,
    IReadOnlyList<Diagnostic> Diagnostics);
