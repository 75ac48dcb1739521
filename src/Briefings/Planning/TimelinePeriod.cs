namespace Briefings.Planning;

/// <summary>A year, or a month of a year, of a split timeline: where its page is and how many events it holds.</summary>
public sealed record TimelinePeriod(int Year, int? Month, string Path, int Count);
