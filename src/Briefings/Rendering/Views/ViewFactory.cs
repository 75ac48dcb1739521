using Briefings.Localization;
using Briefings.Model;
using Briefings.Output;
using Briefings.Text;

namespace Briefings.Rendering.Views;

/// <summary>Builds the read-only views templates get from the site model, once per build.</summary>
public sealed class ViewFactory
{
    private readonly Dictionary<string, BriefingView> _briefings;
    private readonly Dictionary<string, TagView> _tags;

    public ViewFactory(SiteModel site)
    {
        var config = site.Config;
        Site = new SiteView(config.Title, config.Description, config.Language, config.Author, config.Copyright,
            config.BaseUrl?.ToString(), config.Extra);
        _tags = site.Tags.ToDictionary(
            g => g.Tag.Slug,
            g => new TagView(g.Tag.Name, g.Tag.Slug, SitePaths.Tag(g.Tag.Slug), g.Briefings.Count),
            StringComparer.Ordinal);
        _briefings = site.Briefings.ToDictionary(b => b.Slug, Create, StringComparer.Ordinal);
        Tags = site.Tags.Select(g => _tags[g.Tag.Slug]).ToList();
    }

    public SiteView Site { get; }

    public IReadOnlyList<TagView> Tags { get; }

    public BriefingView Briefing(Briefing briefing) => _briefings[briefing.Slug];

    public TagView Tag(Tag tag) => _tags[tag.Slug];

    public IReadOnlyList<BriefingView> Briefings(IEnumerable<Briefing> briefings) => briefings.Select(Briefing).ToList();

    private BriefingView Create(Briefing b)
    {
        var source = b.Source is { } s
            ? new SourceView(s.Name, s.Url?.ToString(), s.Published, s.Published is { } p ? DateWording.Iso(p) : null)
            : null;
        return new BriefingView(b.Slug, SitePaths.Briefing(b.Slug), b.Title, b.Date, DateWording.Iso(b.Date), b.Summary,
            b.Language, b.Authors, source, b.Tags.Select(t => _tags[t.Slug]).ToList(), ReadingTime.Minutes(b.Body.Text), b.Extra);
    }
}
