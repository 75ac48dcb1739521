namespace Briefings.Timeline;

/// <summary>
/// A date as written in EDTF (ISO 8601-2) level 0 with the level-1 qualifiers: a single date
/// (<c>2022-04-01</c>, <c>2002~</c>) or an interval (<c>2022-04/2022-05</c>), possibly open at one
/// end (<c>2022-04/..</c>, <c>../2002</c>). Read one with <see cref="EdtfParser.TryParse"/>.
/// </summary>
public sealed record EdtfDate
{
    private EdtfDate(EdtfPoint? start, EdtfPoint? end, bool isInterval)
    {
        Start = start;
        End = end;
        IsInterval = isInterval;
    }

    /// <summary>The date itself, or the start of an interval; null when the interval has an open start.</summary>
    public EdtfPoint? Start { get; }

    /// <summary>The end of an interval; null for a single date or an open end.</summary>
    public EdtfPoint? End { get; }

    public bool IsInterval { get; }

    public bool OpenStart => IsInterval && Start is null;

    public bool OpenEnd => IsInterval && End is null;

    /// <summary>The first day covered; <see cref="DateOnly.MinValue"/> for an open start.</summary>
    public DateOnly Lower => Start?.Lower ?? DateOnly.MinValue;

    /// <summary>The last day covered, inclusive; <see cref="DateOnly.MaxValue"/> for an open end.</summary>
    public DateOnly Upper => IsInterval ? End?.Upper ?? DateOnly.MaxValue : Start!.Upper;

    /// <summary>The precision of the start, or of the end when the start is open.</summary>
    public EdtfPrecision Precision => (Start ?? End)!.Precision;

    public static EdtfDate Single(EdtfPoint point)
    {
        ArgumentNullException.ThrowIfNull(point);
        return new(point, null, isInterval: false);
    }

    /// <summary>An interval; a null end is open (<c>..</c>).</summary>
    /// <exception cref="ArgumentException">Both ends are open, or the interval ends before it starts.</exception>
    public static EdtfDate Interval(EdtfPoint? start, EdtfPoint? end)
    {
        if (IntervalProblem(start, end) is { } problem) throw new ArgumentException(problem);
        return new(start, end, isInterval: true);
    }

    /// <summary>The canonical EDTF text, so that parsing it gives back an equal value.</summary>
    public override string ToString() =>
        IsInterval ? $"{Start?.ToString() ?? ".."}/{End?.ToString() ?? ".."}" : Start!.ToString();

    /// <summary>Why these ends make no interval, in words for the author, or null if they make one.</summary>
    internal static string? IntervalProblem(EdtfPoint? start, EdtfPoint? end)
    {
        if (start is null && end is null) return "an interval needs at least one known end; '../..' has none";
        // Overlapping precisions are fine (2022-04-10/2022-04): only an end wholly before the start is wrong.
        if (start is not null && end is not null && end.Upper < start.Lower) return "the interval ends before it starts";
        return null;
    }
}
