namespace Briefings.Timeline.Edtf;

/// <summary>The finest component a date is written to. Finer grains have larger values.</summary>
public enum EdtfGrain
{
    Year,
    Season,
    Month,
    Day,
}
