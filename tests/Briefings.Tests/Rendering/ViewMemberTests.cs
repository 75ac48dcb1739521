using System.Reflection;
using System.Text.RegularExpressions;
using Briefings.Rendering.Templates;
using Briefings.Tests.Support;
using Scriban;
using Scriban.Parsing;

namespace Briefings.Tests.Rendering;

/// <summary>Templates read views through hand-written member tables (no reflection): each table must name every member.</summary>
public sealed partial class ViewMemberTests
{
    public static TheoryData<Type> Views() =>
        new(typeof(ITemplateObject).Assembly.GetTypes().Where(t => !t.IsAbstract && typeof(ITemplateObject).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(Views))]
    public void Every_public_property_is_a_member_under_its_snake_case_name(Type view)
    {
        var table = (IEnumerable<string>)view.GetField("Accessor", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null)!
            .GetType().GetProperty("Names")!.GetValue(view.GetField("Accessor", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null))!;
        var properties = view.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.Name is not ("Members" or "EqualityContract"))
            .Select(p => Snake(p.Name));
        Assert.Equal(properties.Order(StringComparer.Ordinal), table.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_misspelt_member_is_a_template_error_at_its_place_naming_the_page()
    {
        var (result, _) = TestSite.Build(
            ("templates/briefing.html", "<h1>{{ briefing.titel }}</h1>"),
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01")));
        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("templates/briefing.html:1:", error.ToString());
        Assert.Contains("titel", error.Message);
        Assert.Contains("briefings/a/index.html", error.Message);
    }

    [Fact]
    public void Members_of_nested_views_lists_and_extra_maps_read_without_reflection()
    {
        var (result, output) = TestSite.Build(
            ("templates/briefing.html", "{{ briefing.tags[0].name }}|{{ briefing.extra.desk.name }}|{{ briefing.extra.desk.floors | array.join \",\" }}|{{ site.extra.motto }}|{{ json briefing.source }}"),
            ("content/site.yml", TestSite.MinimalConfig + "extra:\n  motto: Vite\n"),
            ("content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01\ntags: [OTSC]\nsource:\n  name: Le Monde\n  url: https://example.org/\nextra:\n  desk:\n    name: Est\n    floors: [1, 2]")));
        Assert.True(result.Succeeded, string.Join('\n', TestSite.Printed(result)));
        Assert.Contains("OTSC|Est|1,2|Vite|{\"name\":\"Le Monde\",\"url\":\"https://example.org/\",\"published\":null,\"published_iso\":null}", output.Text("briefings/a/index.html"));
    }

    [Fact]
    public void A_template_that_loops_forever_stops_with_an_error()
    {
        var (result, _) = TestSite.Build(("templates/404.html", "{{ while true }}x{{ end }}"));
        var error = Assert.Single(result.Diagnostics);
        Assert.StartsWith("templates/404.html:1:", error.ToString());
        Assert.Contains("404.html", error.Message);
    }

    private static string Snake(string name) => SnakeBoundary().Replace(name, "$1_$2").ToLowerInvariant();

    [GeneratedRegex("([a-z0-9])([A-Z])")]
    private static partial Regex SnakeBoundary();
}
