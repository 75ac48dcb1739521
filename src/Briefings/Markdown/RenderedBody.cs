namespace Briefings.Markdown;

/// <summary>A briefing's body as HTML, and the glossary terms it mentions (in order of first mention).</summary>
public sealed record RenderedBody(string Html, IReadOnlyList<string> Terms);
