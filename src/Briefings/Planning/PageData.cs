namespace Briefings.Planning;

/// <summary>What a page reads from the site model: small keys, so the plan stays light and says what each page depends on.</summary>
public abstract record PageData;

/// <summary>A page of the list of all briefings (the home page).</summary>
public sealed record HomeData(Pager Pager) : PageData;

/// <summary>One briefing, its chronology and the terms it mentions.</summary>
public sealed record BriefingData(string Slug) : PageData
{
    /// <summary>The width and height of the body's local images, by link slot, read from their headers when planned.</summary>
    public IReadOnlyDictionary<int, (int Width, int Height)>? ImageSizes { get; init; }
}

/// <summary>The list of tags.</summary>
public sealed record TagsData : PageData;

/// <summary>A page of one tag's briefings.</summary>
public sealed record TagData(string Slug, Pager Pager) : PageData;

/// <summary>A page of the timeline (whole, or filtered to one tag or actor): all of it, its landing page, a year or a month.</summary>
public sealed record TimelineData(TimelineFilter? Filter, TimelinePart Part) : PageData;

/// <summary>The glossary's index page.</summary>
public sealed record GlossaryData : PageData;

/// <summary>A page of one term: its definition and the briefings that cite it.</summary>
public sealed record GlossaryTermData(string Id, Pager Pager) : PageData;

/// <summary>The page a server shows for a missing address.</summary>
public sealed record NotFoundData : PageData;
