using Briefings.Tests.Support;

namespace Briefings.Tests.Gates;

/// <summary>Every page and stylesheet of both sites is valid HTML and CSS for the W3C Nu HTML Checker.</summary>
public sealed class NuCheckerGate(SharedFixture shared)
{
    [Fact]
    public async Task The_demo_site_has_no_error()
    {
        var errors = NuChecker.Errors(GateTools.OfThisMachine, (await shared.Demo).Root);
        Assert.True(errors.Count == 0, $"{errors.Count} Nu checker errors in the demo site:\n{string.Join('\n', errors.Take(50))}");
    }

    [Fact]
    public async Task The_generated_site_with_every_page_type_has_no_error()
    {
        var errors = NuChecker.Errors(GateTools.OfThisMachine, (await shared.Generated).Root);
        Assert.True(errors.Count == 0, $"{errors.Count} Nu checker errors in the generated site:\n{string.Join('\n', errors.Take(50))}");
    }

    /// <summary>The gate bites: an unclosed element in a page and a mistyped property in a stylesheet are both reported, where they are.</summary>
    [Fact]
    public async Task Fails_on_an_unclosed_element_and_on_invalid_css()
    {
        var demo = await shared.Demo;
        var folder = shared.Scratch("nu-planted");
        var page = demo.Pages.First(p => p.StartsWith("briefings/", StringComparison.Ordinal));
        var html = await File.ReadAllTextAsync(demo.PathOf(page), TestContext.Current.CancellationToken);
        Assert.Contains("</main>", html);
        Directory.CreateDirectory(Path.Combine(folder, "assets"));
        await File.WriteAllTextAsync(Path.Combine(folder, "page.html"), html.Replace("</main>", "<span>unclosed</main>"), TestContext.Current.CancellationToken);
        await File.WriteAllTextAsync(Path.Combine(folder, "assets", "style.css"), "body {\n  colour: red;\n}\n", TestContext.Current.CancellationToken);

        var errors = NuChecker.Errors(GateTools.OfThisMachine, folder);

        var line = html[..html.IndexOf("</main>", StringComparison.Ordinal)].Count(c => c == '\n') + 1;
        var all = $"expected line {line}:\n" + string.Join("\n", errors);
        Assert.True(errors.Any(e => e.StartsWith($"page.html:{line}:1: ", StringComparison.Ordinal) && e.Contains("Unclosed element “span”", StringComparison.Ordinal)), all);
        Assert.True(errors.Any(e => e.StartsWith("assets/style.css:2:", StringComparison.Ordinal) && e.Contains("colour", StringComparison.Ordinal)), all);
    }
}
