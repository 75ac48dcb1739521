namespace Briefings.Timeline.Edtf;

/// <summary>One end of an interval: a date, open (<c>..</c>: there is none, or it is left unsaid) or unknown (empty: there is one, not known).</summary>
public sealed record EdtfIntervalEnd
{
    private EdtfIntervalEnd(EdtfCalendarDate? date, bool open)
    {
        Date = date;
        IsOpen = open;
    }

    public static EdtfIntervalEnd Open { get; } = new(null, open: true);

    public static EdtfIntervalEnd Unknown { get; } = new(null, open: false);

    public static EdtfIntervalEnd At(EdtfCalendarDate date) => new(date ?? throw new ArgumentNullException(nameof(date)), open: false);

    public EdtfCalendarDate? Date { get; }

    public bool IsOpen { get; }

    public bool IsUnknown => Date is null && !IsOpen;

    public override string ToString() => Date?.ToString() ?? (IsOpen ? ".." : "");
}
