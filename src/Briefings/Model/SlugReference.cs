using Briefings.Diagnostics;

namespace Briefings.Model;

/// <summary>A slug written in metadata to refer to something else, kept with its position for "unknown" errors.</summary>
public sealed record SlugReference(string Slug, SourceLocation Location);
