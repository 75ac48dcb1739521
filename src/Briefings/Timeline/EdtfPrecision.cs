namespace Briefings.Timeline;

/// <summary>How much of a date is known. Finer precisions have larger values.</summary>
public enum EdtfPrecision
{
    Year,
    Month,
    Day,
}
