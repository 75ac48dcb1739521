namespace Briefings.Timeline;

/// <summary>
/// Timeline order: earliest lower bound first; at the same lower bound the finer date comes first,
/// so 2022-04-01 precedes 2022-04, which precedes 2022. Equal otherwise: callers add their own tiebreak.
/// </summary>
public sealed class EdtfOrder : IComparer<EdtfDate>
{
    public static EdtfOrder Instance { get; } = new();

    public int Compare(EdtfDate? x, EdtfDate? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byLower = x.Lower.CompareTo(y.Lower);
        return byLower != 0 ? byLower : y.Precision.CompareTo(x.Precision);
    }
}
