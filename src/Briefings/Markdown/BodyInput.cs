using Briefings.Model;

namespace Briefings.Markdown;

/// <summary>
/// One body to process, with everything its result depends on besides the build-wide glossary and
/// options: the text (its fingerprint names it for a cache), the terms it must not link, and its language (French
/// text is typeset), and its title (an opening heading that repeats it is dropped).
/// </summary>
public sealed record BodyInput(BriefingBody Body, IReadOnlySet<string> ExcludedTerms, string Language = "en", string? Title = null)
{
    public static BodyInput Of(Briefing briefing) =>
        new(briefing.Body, briefing.GlossaryExclude.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal), briefing.Language, briefing.Title);

    /// <summary>A hash of the body's text: equal texts give equal results.</summary>
    public string Fingerprint => Body.Fingerprint;
}
