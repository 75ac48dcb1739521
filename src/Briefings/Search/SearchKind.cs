namespace Briefings.Search;

/// <summary>What a search result is; its letter is what the index files and <c>assets/search.js</c> call it.</summary>
public enum SearchKind
{
    Briefing,
    Term,
    Event,
}
