namespace Briefings.Planning;

/// <summary>A file of the search index (<c>search/…/*.js</c>), made whole by the plan from the index stage's keys and documents.</summary>
/// <remarks>Its bytes are its own key for incremental builds: the file is rewritten exactly when its content changes.</remarks>
public sealed record PlannedSearchFile(string Path, byte[] Bytes) : PlannedOutput(Path, "text/javascript; charset=utf-8");
