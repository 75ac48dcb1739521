namespace Briefings.Import;

/// <summary>A quotation: its marks at <c>Start</c> and <c>End - 1</c>, its words in <c>[InnerStart, InnerEnd)</c>.
/// An opening mark never closed on its line runs to the line's end, with <see cref="Closed"/> false.</summary>
public sealed record QuotedSpan(int Start, int End, int InnerStart, int InnerEnd, bool Closed);
