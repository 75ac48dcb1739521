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
    public static Staged<int> Render(SiteModel site, ProcessedSite processed, TemplateSet templates, Theme theme, Router router,
        OutputPlan plan, IOutputSink output)
    {
        var views = ViewFactory.Create(site, router, processed, plan.EventPages);
        var pages = new PageRenderer(site, views, templates, theme, router);
        var written = 0;
        Parallel.ForEach(plan.Outputs, planned =>
        {
            var done = planned switch
            {
                PlannedPage page => pages.Render(page, output),
                PlannedTimelineJson json => Write(output, json.Path, stream => TimelineJsonWriter.Write(stream, json.Path, site, views, theme.Translations, json.Year)),
                PlannedAsset asset => Write(output, asset.Path, stream => stream.Write(asset.File.File.Bytes)),
                _ => throw new InvalidOperationException($"no renderer for {planned.GetType().Name}"),
            };
            if (done && planned is PlannedPage) Interlocked.Increment(ref written);
        });
        var diagnostics = new DiagnosticBag();
        foreach (var diagnostic in pages.Diagnostics()) diagnostics.Add(diagnostic);
        return Staged<int>.From(written, diagnostics);
    }

    private static bool Write(IOutputSink output, string path, Action<Stream> write)
    {
        using var stream = output.Create(path);
        write(stream);
        return true;
    }
}
