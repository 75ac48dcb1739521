using Briefings.Diagnostics;
using Briefings.Model;

namespace Briefings.Markdown;

/// <summary>What the passes over one briefing's body need: the briefing, the site, and where to report.</summary>
public sealed record BodyContext(Briefing Briefing, SiteModel Site, DiagnosticBag Diagnostics)
{
    /// <summary>Glossary terms linked in this body, in order of first mention.</summary>
    public List<string> MentionedTerms { get; } = [];

    /// <summary>The file location of an offset inside the body text.</summary>
    public SourceLocation At(int bodyOffset) => Briefing.Body.File.LocationOf(Briefing.Body.Start + bodyOffset);
}
