namespace Briefings.Timeline.Edtf;

/// <summary>
/// Timeline order: by earliest possible day (an open or unknown start before every date), then by latest (an open
/// end after every date), then the finer date first (2022-04-01 before 2022-04-XX before 2022-04 before 2022-21).
/// Dates equal in all three compare equal: the timeline then orders by title, then by id.
/// </summary>
public sealed class EdtfValueOrder : IComparer<EdtfValue>
{
    public static EdtfValueOrder Instance { get; } = new();

    public int Compare(EdtfValue? x, EdtfValue? y)
    {
        if (ReferenceEquals(x, y)) return 0;
        if (x is null) return -1;
        if (y is null) return 1;
        var byEarliest = x.Earliest.CompareTo(y.Earliest);
        if (byEarliest != 0) return byEarliest;
        var byLatest = x.Latest.CompareTo(y.Latest);
        return byLatest != 0 ? byLatest : y.Grain.CompareTo(x.Grain);
    }
}
