using Briefings.Diagnostics;
using Briefings.Model;

namespace Briefings.Metadata;

/// <summary>
/// One briefing's files as read, before the site's defaults apply: its metadata with where each value is
/// written, its slug and where the body starts. Depends on those files alone, so the parse cache keeps it.
/// </summary>
internal sealed record BriefingReading(
    BriefingFrontMatter FrontMatter,
    FrontMatterLocations At,
    string Slug,
    SourceLocation SlugLocation,
    BodyFormat Format,
    int BodyStart);
