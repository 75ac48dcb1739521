namespace Briefings.Content;

/// <summary>The file or pair of files that make one briefing: a .md, or a .txt with its .yml sidecar.</summary>
public sealed record BriefingSource(string Name, InputFile? Markdown, InputFile? Text, InputFile? Sidecar);
