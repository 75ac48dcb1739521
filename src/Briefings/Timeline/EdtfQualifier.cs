namespace Briefings.Timeline;

/// <summary>
/// The EDTF level-1 qualifiers written after a date: <c>?</c> uncertain, <c>~</c> approximate,
/// <c>%</c> both.
/// </summary>
[Flags]
public enum EdtfQualifier
{
    None = 0,
    Uncertain = 1,
    Approximate = 2,
}
