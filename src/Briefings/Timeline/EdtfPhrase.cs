namespace Briefings.Timeline;

/// <summary>
/// A date in words, split so each known end can be wrapped in its own <c>&lt;time&gt;</c>:
/// <c>du </c>[<c>1er</c>]<c> au </c>[<c>3 avril 2022</c>]. Reads as <see cref="ToString"/>.
/// </summary>
/// <param name="Lead">Words before the first end (<c>du </c>, <c>depuis </c>, <c>vers </c>).</param>
/// <param name="StartText">The start, or the date itself; null for an open start.</param>
/// <param name="Middle">Words between the ends (<c> au </c>, <c>–</c>).</param>
/// <param name="EndText">The end of an interval; null for a single date or an open end.</param>
/// <param name="Trail">Words after (<c> (date incertaine)</c>).</param>
public sealed record EdtfPhrase(string Lead, string? StartText, string Middle, string? EndText, string Trail)
{
    public override string ToString() => Lead + StartText + Middle + EndText + Trail;
}
