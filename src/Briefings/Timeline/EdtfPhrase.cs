using Briefings.Timeline.Edtf;

namespace Briefings.Timeline;

/// <summary>
/// A date in words, in parts, each part that words one date keeping it so that markup can wrap it in
/// <c>&lt;time datetime&gt;</c>: <c>du </c>[<c>1er</c>]<c> au </c>[<c>3 avril 2022</c>]. Reads as <see cref="ToString"/>.
/// </summary>
public sealed record EdtfPhrase(IReadOnlyList<EdtfPhrasePart> Parts)
{
    public override string ToString() => string.Concat(Parts.Select(p => p.Text));
}
