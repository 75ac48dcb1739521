namespace Briefings.Planning;

/// <summary>One file the build writes: where, as what media type, and (in subtypes) from what.</summary>
public abstract record PlannedOutput(string Path, string MediaType);
