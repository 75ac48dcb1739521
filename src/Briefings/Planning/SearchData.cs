namespace Briefings.Planning;

/// <summary>The search page: a form and the place for results, which <c>assets/search.js</c> fills from the index files.</summary>
public sealed record SearchData : PageData;
