using System.Collections.Concurrent;
using Briefings.Caching;
using Briefings.Diagnostics;
using Briefings.Markdown;
using Briefings.Model;
using Briefings.Output;
using Briefings.Pipeline;
using Briefings.Planning;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Views;
using Briefings.Routing;

namespace Briefings.Rendering;

/// <summary>Stage 6, render: every output of the plan, in parallel, each streamed into the sink as it is made.</summary>
public static class SiteRenderer
{
    /// <param name="build">A hash of what every output depends on besides its own data (the configuration, the theme):
    /// with an <see cref="IReusableOutput"/>, an output whose inputs are those of the file already there is not rendered.</param>
    public static Staged<int> Render(SiteModel site, ProcessedSite processed, TemplateSet templates, Theme theme, Router router,
        OutputPlan plan, IOutputSink output, UInt128 build = default)
    {
        var views = ViewFactory.Create(site, router, processed, plan.EventPages);
        // The templates' built-ins are made while the outputs' keys are computed.
        var making = Task.Run(() => new PageRenderer(site, views, templates, theme, router));
        var reusable = output as IReusableOutput;
        // Told apart from the model, not from views: a rebuild makes only the views of the pages it renders.
        var keys = reusable is null ? null : OutputKeys.Create(site, processed, router, plan, build);
        var pages = making.GetAwaiter().GetResult();
        // The events of each timeline.json, found once: every event, and those of each year when split by year.
        var timelineEvents = new Lazy<Dictionary<int, IReadOnlyList<EventView>>>(() => TimelineEventsByYear(site, views));
        IReadOnlyList<EventView> EventsOf(PlannedTimelineJson json) => timelineEvents.Value[json.Year ?? AllYears];
        var feedContent = new Publishing.FeedContent(site, router);
        using var buffers = new ThreadLocal<HashInput>(() => new HashInput());
        var written = 0;
        Parallel.ForEach(Partitioner.Create(HeaviestFirst(plan, site), EnumerablePartitionerOptions.NoBuffering), planned =>
        {
            if (reusable is not null && reusable.Reuse(planned.Path, keys!.Of(planned, buffers.Value!.Reset())))
            {
                if (planned is PlannedPage) Interlocked.Increment(ref written);
                return;
            }
            var done = planned switch
            {
                PlannedPage page => pages.Render(page, output),
                PlannedTimelineJson json => Write(output, json.Path, stream => TimelineJsonWriter.Write(stream, json.Path, site, views, theme.Translations, EventsOf(json))),
                PlannedAsset asset => Write(output, asset.Path, stream => stream.Write(asset.File.File.Bytes)),
                Publishing.PlannedFeed feed => Write(output, feed.Path, stream => Publishing.FeedWriter.Write(stream, feed, site, router, feedContent)),
                Publishing.PlannedSitemap map => Write(output, map.Path, stream => Publishing.SitemapWriter.WriteUrlset(stream, map.Pages, router)),
                Publishing.PlannedSitemapIndex index => Write(output, index.Path, stream => Publishing.SitemapWriter.WriteIndex(stream, index.Sitemaps, router)),
                Publishing.PlannedRobots robots => Write(output, robots.Path, stream => Publishing.RobotsWriter.Write(stream, robots.Sitemap, router)),
                PlannedSearchFile search => Write(output, search.Path, stream => stream.Write(search.Bytes)),
                PlannedFile file => Write(output, file.Path, stream =>
                {
                    using var bytes = file.File.LendPublished();
                    stream.Write(bytes.Span);
                }),
                _ => throw new InvalidOperationException($"no renderer for {planned.GetType().Name}"),
            };
            if (done && planned is PlannedPage) Interlocked.Increment(ref written);
        });
        var diagnostics = new DiagnosticBag();
        foreach (var diagnostic in pages.Diagnostics()) diagnostics.Add(diagnostic);
        return Staged<int>.From(written, diagnostics);
    }

    private const int AllYears = int.MinValue;

    private static Dictionary<int, IReadOnlyList<EventView>> TimelineEventsByYear(SiteModel site, ViewFactory views)
    {
        var all = views.Events(site.Timeline.Events);
        var byYear = new Dictionary<int, IReadOnlyList<EventView>> { [AllYears] = all };
        foreach (var year in site.Timeline.Events.Zip(all).GroupBy(e => TimelineSplitter.Place(e.First.Date).Year))
        {
            byYear[year.Key] = year.Select(e => e.Second).ToList();
        }
        return byYear;
    }

    /// <summary>
    /// The outputs in the order they are started, taken one at a time by whichever thread is free: the largest
    /// first (the timeline and its facets, timeline.json, the listings), so that the build does not end with one
    /// thread rendering a 10 MB page while the others wait. Each output is written alone, so the order
    /// changes nothing in the files.
    /// </summary>
    private static IEnumerable<PlannedOutput> HeaviestFirst(OutputPlan plan, SiteModel site) =>
        plan.Outputs.OrderByDescending(planned => planned switch
        {
            PlannedTimelineJson { Year: null } => site.Timeline.Events.Count,
            PlannedTimelineJson => site.Timeline.Events.Count / 10,
            PlannedPage { Data: TimelineData timeline } => timeline.Part.Events.Count,
            PlannedPage { Data: HomeData home } => home.Pager.Length,
            PlannedPage { Data: TagData tag } => tag.Pager.Length,
            PlannedPage { Data: GlossaryData } => site.Glossary.Terms.Count,
            _ => 1,
        });

    private static bool Write(IOutputSink output, string path, Action<Stream> write)
    {
        using var stream = output.Create(path);
        write(stream);
        return true;
    }
}
