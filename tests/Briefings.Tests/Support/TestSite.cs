using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;

namespace Briefings.Tests.Support;

/// <summary>A whole site declared in a test as (path, text) pairs, built in memory.</summary>
public static class TestSite
{
    public const string MinimalConfig = "title: Test\nlanguage: fr\n";

    public static SiteInput Input(params (string Path, string Text)[] files) =>
        new(files.Select(f => InputFile.FromText(f.Path, f.Text)));

    public static (BuildResult Result, MemoryOutput Output) Build(params (string Path, string Text)[] files) =>
        Build(BuildOptions.Default, files);

    public static (BuildResult Result, MemoryOutput Output) Build(BuildOptions options, params (string Path, string Text)[] files)
    {
        if (!files.Any(f => f.Path == "content/site.yml")) files = [("content/site.yml", MinimalConfig), .. files];
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(Input(files), options, output);
        return (result, output);
    }

    public static string Briefing(string frontMatter, string body = "Texte.") => $"---\n{frontMatter.Trim()}\n---\n{body}\n";

    /// <summary>Diagnostics as printed, for exact comparisons.</summary>
    public static IReadOnlyList<string> Printed(BuildResult result) => result.Diagnostics.Select(d => d.ToString()).ToList();
}
