using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Briefings.Bench;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Scale;

/// <summary>
/// A generated site whose home page, timeline and glossary each run past <see cref="ScribanLimit"/>
/// characters, built once in memory for <see cref="LargeSiteTests"/>; what the generator wrote (briefing
/// slugs, event and term ids) is kept to check the pages against.
/// </summary>
public sealed partial class LargeSite
{
    /// <summary>Scriban's default limit on what one render may write; past it, output is cut short with "..." and no error.</summary>
    public const int ScribanLimit = 1_048_576;

    // Measured with the default theme and the limit lifted, the smallest counts that pass it are 2,170
    // briefings (home page), 1,601 events (timeline) and 697 terms (glossary); these are a few percent
    // more, so that a slightly leaner theme still passes it (LargeSiteTests checks that it does).
    public const int Briefings = 2_200;
    public const int Events = 1_640;
    public const int Terms = 720;

    private static readonly HtmlParser Parser = new();

    public LargeSite()
    {
        using var folder = new TempFolder();
        SiteGenerator.Write(folder.Path, Briefings, Terms, Events, seed: 42);
        BriefingSlugs = Directory.EnumerateFiles(folder.Combine("content", "briefings")).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal).ToList()!;
        EventIds = IdsIn(folder.Combine("content", "timeline"));
        TermIds = IdsIn(folder.Combine("content", "glossary"));
        Result = SiteBuilder.Build(SiteReader.Read(folder.Path), BuildOptions.Default, Output);
    }

    public BuildResult Result { get; }

    public MemoryOutput Output { get; } = new();

    public IReadOnlyList<string> BriefingSlugs { get; }

    public IReadOnlyList<string> EventIds { get; }

    public IReadOnlyList<string> TermIds { get; }

    public IEnumerable<string> HtmlPages => Output.Files.Keys.Where(p => p.EndsWith(".html", StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// <summary>A page's text, once the build is known to have succeeded.</summary>
    public string Text(string page)
    {
        Assert.True(Result.Succeeded, string.Join('\n', Result.Diagnostics.Take(20)));
        Assert.True(Output.Files.ContainsKey(page), $"{page} was not written");
        return Output.Text(page);
    }

    public IDocument Parse(string page) => Parser.ParseDocument(Text(page));

    private static List<string> IdsIn(string folder) =>
        Directory.EnumerateFiles(folder, "*.yml")
            .SelectMany(f => IdLine().Matches(File.ReadAllText(f, Encoding.UTF8)).Select(m => m.Groups[1].Value))
            .ToList();

    [GeneratedRegex(@"^- id: (\S+)$", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
