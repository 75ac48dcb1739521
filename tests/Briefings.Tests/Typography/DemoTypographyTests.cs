using System.Text.RegularExpressions;
using AngleSharp.Dom;
using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.Typography;

/// <summary>The demo site, French, as a reader sees its punctuation: marks held to their words, on every page.</summary>
public sealed partial class DemoTypographyTests : IDisposable
{
    private readonly TempFolder _temp = new();
    private readonly SiteFolder _site;

    public DemoTypographyTests()
    {
        _temp.CopyFrom(Repository.PathOf("content"), "demo/content");
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", _temp.Combine("demo")], TextWriter.Null, TextWriter.Null));
        _site = new SiteFolder(_temp.Combine("demo", "_site"));
    }

    public void Dispose() => _temp.Dispose();

    // A mark after a plain space, or after a word with no space at all, or guillemets with plain spaces inside.
    [GeneratedRegex(@"\S? [:;!?»]|[\p{L}\p{N}][;!?](?=\s|$)|[\p{L}\p{N}]:(?=\s|$)|« ")]
    private static partial Regex LooseMark();

    /// <summary>The page's text a reader sees, without code, scripts and styles.</summary>
    private static IEnumerable<string> Texts(IDocument page) =>
        page.Body!.Descendants<IText>()
            .Where(t => t.ParentElement?.Closest("code, pre, kbd, samp, script, style") is null)
            .Select(t => t.Data);

    [Fact]
    public void No_page_leaves_a_mark_on_a_plain_space_or_glued_to_its_word()
    {
        var loose = new List<string>();
        foreach (var path in _site.Pages)
        {
            var page = _site.Parse(path);
            var texts = Texts(page).Append(page.Title ?? "").Append(page.QuerySelector("meta[name=description]")?.GetAttribute("content") ?? "");
            loose.AddRange(texts.SelectMany(t => LooseMark().Matches(t)).Select(m => $"{path}: '{m.Value}'"));
        }
        Assert.Empty(loose);
    }

    [Fact]
    public void French_text_holds_colons_with_a_no_break_space_and_questions_with_a_narrow_one()
    {
        var page = _site.Parse("briefings/belarus-allie-sans-troupes/index.html");
        var body = page.QuerySelector(".body")!.TextContent;
        Assert.Contains("Grand Continent\u00A0:", body);
        Assert.Contains("soldats\u202F?", body);
        Assert.Equal("Un allié jusqu’où\u202F?", page.QuerySelector(".body h2")!.TextContent);
        Assert.Contains("«\u00A0artisan de la paix\u00A0»", body);

        // Titles and descriptions too, in the page and in its head.
        var treaty = _site.Parse("briefings/traite-securite-collective-1992/index.html");
        Assert.StartsWith("Le traité de Tachkent\u00A0: une alliance", treaty.QuerySelector("h1")!.TextContent);
        Assert.StartsWith("Le traité de Tachkent\u00A0: une alliance", treaty.Title);
        Assert.Equal("Briefings\u00A0: l’espace post-soviétique", _site.Parse("index.html").QuerySelector(".site-title")!.TextContent);
    }

    [Fact]
    public void The_plain_text_briefing_raises_its_ordinal_and_definitions_and_summaries_are_typeset()
    {
        var excerpt = _site.Parse("briefings/otsc-allies-silencieux/index.html");
        var ordinal = excerpt.QuerySelectorAll(".body sup").Select(s => s.ParentElement!.TextContent).FirstOrDefault(t => t.Contains("le 1er avril"));
        Assert.NotNull(ordinal);
        Assert.Contains("intervenir\u202F; mais", excerpt.QuerySelector(".body")!.TextContent);

        var term = _site.Parse("glossary/article-4/index.html");
        Assert.StartsWith("Clause de défense mutuelle\u00A0: une agression", term.QuerySelector(".definition")!.TextContent.Trim());
        var timeline = _site.Parse("briefings/belarus-allie-sans-troupes/index.html");
        Assert.Contains(timeline.QuerySelectorAll(".event-summary"), s => s.TextContent.Trim().StartsWith("«\u00A0Le moment viendra", StringComparison.Ordinal));
    }
}
