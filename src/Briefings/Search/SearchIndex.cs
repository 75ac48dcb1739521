namespace Briefings.Search;

/// <summary>
/// The site's search index, made by the index stage: its documents in id order (briefings newest first, then
/// terms, then events) and every key with the documents that hold it.
/// </summary>
/// <param name="Keys">Every key, in ordinal order (as JavaScript compares strings).</param>
/// <param name="Postings">For each key, the documents that hold it, ascending, each as <c>id × 4 + weight</c>:
/// 3 for a word of the title (or a term's name), else 2, 1 or 0 for three or more, two or one mentions.</param>
public sealed record SearchIndex(
    IReadOnlyList<SearchDocument> Documents,
    int Briefings,
    int Terms,
    int Events,
    IReadOnlyList<string> Keys,
    IReadOnlyList<int[]> Postings)
{
    public const int TitleWeight = 3;
}
