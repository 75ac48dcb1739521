using Briefings.Model;

namespace Briefings.Markdown;

/// <summary>
/// One body to process, with everything its result depends on besides the build-wide glossary and
/// options: the text (its fingerprint names it for a cache) and the terms it must not link.
/// </summary>
public sealed record BodyInput(BriefingBody Body, IReadOnlySet<string> ExcludedTerms)
{
    public static BodyInput Of(Briefing briefing) =>
        new(briefing.Body, briefing.GlossaryExclude.Select(r => r.Slug).ToHashSet(StringComparer.Ordinal));

    /// <summary>A hash of the body's text: equal texts give equal results.</summary>
    public string Fingerprint => Body.Fingerprint;
}
