using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;

namespace Briefings.Timeline;

/// <summary>Reads <c>content/timeline/*.yml</c>: each file a list of events.</summary>
public static class TimelineLoader
{
    public const string Folder = "content/timeline";

    public static IReadOnlyList<TimelineEvent> Load(SiteInput input, DiagnosticBag diagnostics) =>
        YamlListFiles.Load(input, Folder, "timeline", "events", "- date: …", (node, file, bag) => TimelineEventParser.Parse(node, file, bag), diagnostics);
}
