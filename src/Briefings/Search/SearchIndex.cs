namespace Briefings.Search;

/// <summary>
/// The site's search index as the index stage leaves it: the files the plan lists (<see cref="SearchFiles"/>), and how
/// many documents and keys they hold.
/// </summary>
public sealed record SearchIndex(IReadOnlyList<(string Path, byte[] Bytes)> Files, int Documents, int Keys)
{
    /// <summary>The weight of a word of a title (or of a term's name or other forms); others weigh 0 to 2 by how often they occur.</summary>
    public const int TitleWeight = 3;
}
