namespace Briefings.Timeline.Edtf;

/// <summary>
/// How sure a date, or one of its components, is: <c>?</c> uncertain, <c>~</c> approximate, <c>%</c> both.
/// It never moves a date's earliest or latest day; it is what the wording says in words.
/// </summary>
[Flags]
public enum EdtfQualification
{
    None = 0,
    Uncertain = 1,
    Approximate = 2,
    UncertainAndApproximate = Uncertain | Approximate,
}
