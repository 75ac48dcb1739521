using Briefings.Markdown;

namespace Briefings.Model;

/// <summary>A published briefing's processed body with its links resolved against the site.</summary>
/// <param name="Targets">For each link slot of <see cref="ProcessedBody.Links"/>, the briefing it leads to; null
/// for a glossary term (always on the glossary page) or for a draft left out of this build.</param>
public sealed record AssembledBody(ProcessedBody Processed, IReadOnlyList<Briefing?> Targets);
