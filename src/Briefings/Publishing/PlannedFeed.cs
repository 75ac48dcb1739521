using Briefings.Planning;

namespace Briefings.Publishing;

/// <summary>An Atom feed: the latest briefings of the site, of one language or of one tag, newest first.</summary>
/// <param name="Title">The feed's title, as readers list it.</param>
/// <param name="Language">The language of its entries (the site's, unless it is a language's feed).</param>
/// <param name="Page">The page the feed follows (the home page, a tag's page): its <c>alternate</c> link.</param>
/// <param name="Slugs">The briefings it holds, newest first: at most <see cref="PublishingPlanner.FeedEntries"/>.</param>
public sealed record PlannedFeed(string Path, string Title, string Language, string Page, IReadOnlyList<string> Slugs)
    : PlannedOutput(Path, "application/atom+xml");
