using Briefings.Diagnostics;

namespace Briefings.Markdown;

/// <summary>
/// A link a body makes to another part of the site. Its address depends on where pages live, which
/// the body does not know: the HTML keeps a slot in its place (see <see cref="BodyHtml"/>) and the
/// link is resolved when the site is assembled and written when the page renders.
/// </summary>
public abstract record BodyLink;

/// <summary><c>[le traité](traite-1992.md#article-4)</c>: another briefing, named by its file.</summary>
/// <param name="FileName">The file name without extension, by which briefings link to each other.</param>
/// <param name="Fragment">The anchor with its <c>#</c>, already escaped for an attribute; empty when none.</param>
/// <param name="Written">What the author wrote, for messages.</param>
public sealed record BriefingFileLink(string FileName, string Fragment, string Written, SourceLocation Location) : BodyLink;

/// <summary>
/// <c>![carte](carte.png)</c>: a file of the site named by a URL relative to the page, written as it is (no slot in
/// the HTML); recorded so that the plan can tell a missing file at its line.
/// </summary>
/// <param name="Path">The URL's path, unescaped, without its query or fragment.</param>
/// <param name="Written">The URL as the author wrote it, for messages.</param>
public sealed record LocalFileLink(string Path, string Written, bool Image, SourceLocation Location) : BodyLink;

/// <summary>The first mention of a glossary term.</summary>
public sealed record GlossaryTermLink(string TermId) : BodyLink;
