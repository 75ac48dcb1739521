using Briefings.Tests.Support;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;

namespace Briefings.Tests.Rendering;

/// <summary>
/// <c>include</c> streams a partial into the page where it can; wherever it is used, a page must read exactly as
/// Scriban's own <c>include</c> (which renders the partial into a string first) makes it.
/// </summary>
public sealed class IncludeTests
{
    private static readonly Dictionary<string, string> Partials = new(StringComparer.Ordinal)
    {
        ["partials/lines.html"] = "line one\nline two\n",
        ["partials/indented.html"] = "<ul>\n  {{ \"item\" }}\n  {{ \"other\" }}\n</ul>\n",
        ["partials/empty.html"] = "{{ if false }}never{{ end }}",
        ["partials/argument.html"] = "[{{ $1 }}|{{ level }}]",
        ["partials/nested.html"] = "<div>\n{{ include \"partials/lines.html\" }}  {{ include \"partials/indented.html\" }}</div>",
    };

    [Theory]
    [InlineData("a{{ include \"partials/lines.html\" }}b")]
    [InlineData("<ol>\n  {{ include \"partials/lines.html\" }}\n  <li>{{ include \"partials/indented.html\" }}</li>\n</ol>\n")]
    [InlineData("    {{ include \"partials/indented.html\" }}\n    {{ include \"partials/empty.html\" }}\n    {{ \"after\" }}\n")]
    [InlineData("<p>\n{{~ include \"partials/indented.html\" ~}}\n</p>\n  {{~ include \"partials/empty.html\" ~}}\n  {{ \"x\" }}")]
    [InlineData("{{ x = include \"partials/lines.html\" }}({{ x }}){{ capture y }}\n  {{ include \"partials/lines.html\" }}{{ end }}[{{ y }}]")]
    [InlineData("{{ level = 3; include \"partials/argument.html\" 7 }}{{ for i in 1..2 }}\n  {{ include \"partials/argument.html\" i }}{{ end }}")]
    [InlineData("  {{ include \"partials/nested.html\" }}\n{{ include \"partials/nested.html\" }}")]
    [InlineData("{{ if true }}\n  {{ include \"partials/lines.html\" }}{{ include \"partials/empty.html\" }}\n  {{ \"y\" }}{{ end }}")]
    public void A_page_reads_as_with_scribans_own_include(string page)
    {
        var files = Partials.Select(p => ("templates/" + p.Key, p.Value))
            .Append(("templates/layout.html", "{{ content }}"))
            .Append(("templates/tags.html", page))
            .ToArray();
        var (result, output) = TestSite.Build(files);

        Assert.Empty(result.Diagnostics);
        Assert.Equal(WithScriban(page), output.Text("tags/index.html"));
    }

    /// <summary>The page rendered by Scriban alone, every include made a string and written back (the pages above
    /// write no value that the site's pages would escape).</summary>
    private static string WithScriban(string page)
    {
        var context = new TemplateContext { TemplateLoader = new Loader(), StrictVariables = true };
        return Template.Parse(page, "tags.html").Render(context);
    }

    private sealed class Loader : ITemplateLoader
    {
        public string GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

        public string Load(TemplateContext context, SourceSpan callerSpan, string templatePath) => Partials[templatePath];

        public ValueTask<string?> LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) => new(Partials[templatePath]);
    }
}
