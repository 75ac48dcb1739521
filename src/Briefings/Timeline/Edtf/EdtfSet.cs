namespace Briefings.Timeline.Edtf;

/// <summary>
/// A set of dates: one of them (<c>[1667,1668,1670..1672]</c>) or all of them (<c>{1960,1961-12}</c>), possibly
/// open before its first member (<c>[..1760-12-03]</c>: that day or an earlier one) or after its last
/// (<c>[1760-12..]</c>).
/// </summary>
public sealed record EdtfSet : EdtfValue
{
    internal EdtfSet(bool allOf, IReadOnlyList<EdtfSetMember> members, bool openStart, bool openEnd)
    {
        AllOf = allOf;
        Members = members;
        OpenStart = openStart;
        OpenEnd = openEnd;
    }

    /// <summary>All of the members (<c>{…}</c>), rather than one of them (<c>[…]</c>).</summary>
    public bool AllOf { get; }

    public IReadOnlyList<EdtfSetMember> Members { get; }

    /// <summary>Before the first member (<c>[..1984]</c>): it, or any earlier date.</summary>
    public bool OpenStart { get; }

    /// <summary>After the last member (<c>[1984..]</c>): it, or any later date.</summary>
    public bool OpenEnd { get; }

    public override CalendarDay Earliest => OpenStart ? CalendarDay.NegativeInfinity : Members.Min(m => m.Earliest);

    public override CalendarDay Latest => OpenEnd ? CalendarDay.PositiveInfinity : Members.Max(m => m.Latest);

    public override EdtfGrain Grain => Members[0].First.Grain;

    public bool Equals(EdtfSet? other) =>
        other is not null && AllOf == other.AllOf && OpenStart == other.OpenStart && OpenEnd == other.OpenEnd && Members.SequenceEqual(other.Members);

    public override int GetHashCode() => HashCode.Combine(AllOf, OpenStart, OpenEnd, Members.Count, Members.Count > 0 ? Members[0] : null);

    public override string ToString() =>
        (AllOf ? "{" : "[") + (OpenStart ? ".." : "") + string.Join(",", Members) + (OpenEnd ? ".." : "") + (AllOf ? "}" : "]");
}
