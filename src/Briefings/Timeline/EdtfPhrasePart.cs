using Briefings.Timeline.Edtf;

namespace Briefings.Timeline;

/// <summary>Words of a date phrase; <paramref name="Date"/> is the date they word, if they word one.</summary>
public sealed record EdtfPhrasePart(string Text, EdtfCalendarDate? Date = null);
