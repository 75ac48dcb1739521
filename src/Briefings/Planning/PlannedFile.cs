using Briefings.Content;

namespace Briefings.Planning;

/// <summary>A file of the site published as it is: from <c>static/</c>, or beside a briefing in its bundle.</summary>
public sealed record PlannedFile(string Path, InputFile File, string MediaType) : PlannedOutput(Path, MediaType);
