using Briefings.Tests.Support;

namespace Briefings.Tests.Rendering;

/// <summary>The paginator's numbered links are made once per listing and shared by its pages: each must still be what <c>url</c> makes on the page that shows it.</summary>
public sealed class PaginationTests
{
    private const string Links =
        "@@{{ paginator.number }}:{{ for l in paginator.before }}{{ l.number }}={{ l.url }}={{ url l.path }};{{ end }}|{{ for l in paginator.after }}{{ l.number }}={{ l.url }}={{ url l.path }};{{ end }}@@";

    [Fact]
    public void Every_page_of_a_listing_links_the_others_as_url_would_and_leaves_itself_out()
    {
        var (result, output) = TestSite.Build(
            ("content/site.yml", TestSite.MinimalConfig + "paginate: 1\n"),
            ("templates/index.html", Links),
            ("templates/tag.html", Links),
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01\ntags: [OTSC]")),
            ("content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2022-01-02\ntags: [OTSC]")),
            ("content/briefings/c.md", TestSite.Briefing("title: C\ndate: 2022-01-03\ntags: [OTSC]")),
            ("content/briefings/d.md", TestSite.Briefing("title: D\ndate: 2022-01-04")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));

        var listings = output.Files.Keys.Where(p => p.EndsWith("index.html", StringComparison.Ordinal)
            && (p == "index.html" || p.StartsWith("page/", StringComparison.Ordinal) || p.StartsWith("tags/otsc/", StringComparison.Ordinal))).ToList();
        Assert.Equal(4 + 3, listings.Count);
        foreach (var path in listings)
        {
            var text = output.Text(path).Split("@@")[1];
            var number = int.Parse(text[..text.IndexOf(':')]);
            var links = text[(text.IndexOf(':') + 1)..].Split(['|', ';'], StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split('=')).ToList();
            var pageCount = path.StartsWith("tags/", StringComparison.Ordinal) ? 3 : 4;
            Assert.Equal(Enumerable.Range(1, pageCount).Where(n => n != number).Select(n => n.ToString()), links.Select(l => l[0]));
            Assert.All(links, l => Assert.Equal(l[2], l[1]));
        }
        Assert.Contains("1=../../index.html=../../index.html;|3=../3/index.html", output.Text("page/2/index.html"));
    }
}
