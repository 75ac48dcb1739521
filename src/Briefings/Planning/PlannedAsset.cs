using Briefings.Rendering;

namespace Briefings.Planning;

/// <summary>A theme file copied as is (stylesheets, scripts, images).</summary>
public sealed record PlannedAsset(string Path, ThemeFile File, string MediaType) : PlannedOutput(Path, MediaType);
