using System.Text.RegularExpressions;
using Briefings.Bench;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;
using Briefings.Pipeline;
using Briefings.Planning;
using Briefings.Rendering;
using Briefings.Rendering.Views;
using Briefings.Routing;
using Briefings.Tests.Support;

namespace Briefings.Tests.Incremental;

/// <summary>
/// A rebuild renders a page only when its output key changed, and that key is made from the model without views.
/// Checked here against what templates can read: after each random edit, wherever any member of any view a page
/// gets changed (whether or not the default theme shows it), the page's output key changed too.
/// </summary>
public sealed class OutputKeysTests : IDisposable
{
    private readonly TempFolder _temp = new();

    private string Site => _temp.Combine("site");

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Wherever_what_a_page_can_show_changes_its_output_key_changes(int seed)
    {
        SiteGenerator.Write(Site, briefings: 60, terms: 30, events: 120, seed: seed);
        var random = new Random(seed);
        var before = Keys() ?? throw new InvalidOperationException("the generated site does not build");
        var changedPages = 0;
        for (var step = 0; step < 25; step++)
        {
            var edit = Edit(random);
            if (Keys() is not { } after) continue; // an edit that breaks the build: the next ones build on it
            foreach (var (path, (model, views)) in after)
            {
                if (!before.TryGetValue(path, out var old)) continue;
                if (old.Views != views) changedPages++;
                Assert.True(old.Model != model || old.Views == views,
                    $"after '{edit}' (seed {seed}, step {step}), what {path} can show changed but its output key did not: a rebuild would keep the stale page");
            }
            before = after;
        }
        Assert.True(changedPages > 25, $"the edits changed only {changedPages} pages: the test does not exercise the keys");
    }

    /// <summary>For every output of the site as it is now: its output key, and a fingerprint of every view its templates get.</summary>
    private Dictionary<string, (UInt128 Model, UInt128 Views)>? Keys()
    {
        var result = SiteBuilder.Build(SiteReader.Read(Site), BuildOptions.Default, new NullOutput());
        if (!result.Succeeded) return null;
        var state = result.State!;
        var site = state.Model;
        var router = new Router(site.Config.BaseUrl);
        var keys = OutputKeys.Create(site, state.Processed, router, state.Plan, build: default);
        var views = ViewFactory.Create(site, router, state.Processed, state.Plan.EventPages);
        var pages = new PageRenderer(site, views, state.Parsed.Templates, state.Loaded.Theme, router);
        var fingerprint = new ViewFingerprint();
        var all = new Dictionary<string, (UInt128, UInt128)>(StringComparer.Ordinal);
        foreach (var planned in state.Plan.Outputs)
        {
            var shown = planned switch
            {
                PlannedPage page => fingerprint.Of(new object?[] { page.Template, page.Layout, views.Site, page.Page, pages.Globals(page) }),
                PlannedTimelineJson json => fingerprint.Of(new object?[]
                {
                    views.Site, json.Year ?? -1,
                    views.Events(site.Timeline.Events.Where(e => json.Year is not { } year || TimelineSplitter.Place(e.Date).Year == year)),
                }),
                _ => fingerprint.Of(planned.Path),
            };
            all[planned.Path] = (keys.Of(planned, new HashInput()), shown);
        }
        return all;
    }

    /// <summary>One random edit of a value that some view shows; returns what it did.</summary>
    private string Edit(Random random)
    {
        var briefings = Path.Combine(Site, "content", "briefings");
        var note = Path.Combine(briefings, $"note-{random.Next(60)}.md");
        var timeline = Path.Combine(Site, "content", "timeline", "evenements-000.yml");
        var glossary = Path.Combine(Site, "content", "glossary", "termes.yml");
        var n = random.Next(1000);
        var name = Path.GetFileName(note);
        switch (random.Next(16))
        {
            case 0:
                File.AppendAllText(note, $"\nUn paragraphe {n}, qui cite la Terme b et [une autre note](note-{random.Next(60)}.md).\n");
                return $"edit the body of {name}";
            case 1: return Replace(note, @"(?m)^title: .*$", $"title: Un titre nouveau {n}", $"retitle {name}");
            case 2: return Replace(note, @"(?m)^date: .*$", $"date: {2010 + random.Next(15)}-0{1 + random.Next(9)}-1{random.Next(10)}", $"redate {name}");
            case 3: return Replace(note, @"(?m)^tags: .*$", $"tags: [Étiquette {random.Next(5)}, Balkans]", $"retag {name}");
            case 4: return Replace(note, @"(?m)^summary: .*$", $"summary: Un résumé revu {n}.", $"change the summary of {name}");
            case 5: return Replace(note, @"(?m)^title: ", $"authors: [Auteur {n}]\ntitle: ", $"give {name} an author");
            case 6: return Replace(note, @"(?m)^title: ", $"language: {(random.Next(2) == 0 ? "en" : "fr")}\ntitle: ", $"set the language of {name}");
            case 7: return Replace(note, @"(?m)^title: ", $"extra:\n  note: {n}\n  list: [a, {n % 7}]\ntitle: ", $"give {name} extra values");
            case 8: return Replace(note, @"(?m)^title: ", $"source:\n  name: Journal {n % 3}\n  url: https://example.org/{n}\n  published: 2020-01-0{1 + n % 9}\ntitle: ", $"give {name} a source");
            case 9:
                var id = random.Next(120);
                return Replace(timeline, $@"(?m)^(- id: evenement-{id}\n  date: ).*$", $"${{1}}{2000 + random.Next(25)}-0{1 + random.Next(9)}~", $"redate event {id}");
            case 10:
                id = random.Next(120);
                return Replace(timeline, $@"(?m)^(- id: evenement-{id}\n(?:  .*\n)*?)  place: .*$", $"${{1}}  place: Ville {n}", $"move event {id}");
            case 11:
                id = random.Next(120);
                return Replace(timeline, $@"(?m)^(- id: evenement-{id}\n(?:  .*\n)*?)  actors: .*$", $"${{1}}  actors: [Acteur {n % 4}]", $"change the actors of event {id}");
            case 12:
                id = random.Next(120);
                return Replace(timeline, $@"(?m)^(- id: evenement-{id}\n)", $"${{1}}  briefings: [note-{random.Next(60)}]\n", $"link event {id} to a briefing");
            case 13:
                var term = random.Next(30);
                return Replace(glossary, $@"(?m)^(  definition: Définition du terme {term}),.*$", $"$1, revue {n}.", $"edit the definition of term {term}");
            case 14:
                term = random.Next(30);
                return Replace(glossary, $@"(?m)^(- id: terme-{term}\n)", $"${{1}}  see_also: [terme-{random.Next(30)}]\n", $"add a see-also to term {term}");
            default:
                var added = Path.Combine(briefings, $"ajout-{n}.md");
                File.WriteAllText(added, $"---\ntitle: Ajout {n}\ndate: 2024-0{1 + random.Next(9)}-10\ntags: [Balkans]\n---\nUn texte sur la Terme b.\n");
                return $"add {Path.GetFileName(added)}";
        }
    }

    private static string Replace(string file, string pattern, string replacement, string what)
    {
        var text = File.ReadAllText(file);
        var changed = new Regex(pattern).Replace(text, replacement, 1);
        File.WriteAllText(file, changed);
        return changed == text ? what + " (nothing to change)" : what;
    }
}
