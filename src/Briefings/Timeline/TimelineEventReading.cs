namespace Briefings.Timeline;

/// <summary>An event of a timeline file as read, with where its values are written: what the parse cache keeps of a timeline file.</summary>
internal sealed record TimelineEventReading(TimelineEventMetadata Event, TimelineEventLocations Locations);
