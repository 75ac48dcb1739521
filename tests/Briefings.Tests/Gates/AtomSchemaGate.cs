using Briefings.Tests.Support;

namespace Briefings.Tests.Gates;

/// <summary>
/// Every Atom feed of both sites validates against RFC 4287's grammar (<c>Publishing/Schemas/atom.rnc</c>), checked by
/// the Jing that vnu.jar bundles: .NET has no RELAX NG validator, and <c>SyndicationFeed.Load</c> accepts feeds
/// that readers reject (a date that is not RFC 3339, a missing id).
/// </summary>
public sealed class AtomSchemaGate(SharedFixture shared)
{
    private static readonly string Schema = Repository.PathOf("tests", "Briefings.Tests", "Publishing", "Schemas", "atom.rnc");

    [Fact]
    public async Task Every_feed_of_both_sites_is_valid_atom()
    {
        foreach (var site in await shared.BothSites())
        {
            var feeds = Directory.EnumerateFiles(site.Root, "*.xml", SearchOption.AllDirectories)
                .Where(f => !Path.GetFileName(f).StartsWith("sitemap", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
            Assert.Contains(Path.Combine(site.Root, "feed.xml"), feeds);
            Assert.Contains(feeds, f => f.Contains($"{Path.DirectorySeparatorChar}tags{Path.DirectorySeparatorChar}", StringComparison.Ordinal));
            var (exit, output) = Validate(feeds);
            Assert.True(exit == 0 && output.Length == 0, $"{site.Name}: {feeds.Count} feeds, Jing says:\n{output}");
        }
    }

    /// <summary>The gate bites: a date in words and an entry without its id are reported at their line.</summary>
    [Fact]
    public async Task Fails_on_a_date_in_words_and_an_entry_without_id()
    {
        var demo = await shared.Demo;
        var feed = await File.ReadAllTextAsync(demo.PathOf("feed.xml"), TestContext.Current.CancellationToken);
        var entry = feed.IndexOf("<entry>", StringComparison.Ordinal);
        Assert.True(entry > 0, "the demo's feed has no entry");
        var idStart = feed.IndexOf("<id>", entry, StringComparison.Ordinal);
        var idEnd = feed.IndexOf("</id>", idStart, StringComparison.Ordinal) + "</id>".Length;
        var broken = feed[..idStart] + feed[idEnd..];
        var updated = broken.IndexOf("<updated>", StringComparison.Ordinal);
        broken = broken[..(updated + "<updated>".Length)] + "yesterday" + broken[broken.IndexOf("</updated>", updated, StringComparison.Ordinal)..];
        var path = Path.Combine(shared.Scratch("atom-planted"), "feed.xml");
        await File.WriteAllTextAsync(path, broken, TestContext.Current.CancellationToken);

        var (exit, output) = Validate([path]);

        Assert.NotEqual(0, exit);
        Assert.Contains("“yesterday”", output);
        Assert.Contains("“entry” is missing required child element “id”", output);
    }

    private static (int Exit, string Output) Validate(IReadOnlyList<string> files)
    {
        var tools = GateTools.OfThisMachine;
        var jar = tools.VnuJar("the feeds' Atom grammar");
        var java = tools.Java("the feeds' Atom grammar");
        var (exit, output, error) = ExternalProcess.Run(java, TimeSpan.FromMinutes(2),
            ["-cp", jar, "nu.validator.vendor.thaiopensource.relaxng.util.Driver", "-c", Schema, .. files]);
        return (exit, (output + error).Trim());
    }
}
