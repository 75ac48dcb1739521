using System.Text.RegularExpressions;
using Briefings.Metadata;
using Briefings.Tests.Support;

namespace Briefings.Tests.Metadata;

/// <summary>The schema and the README document the same keys in the same words; the parsers spell no key themselves.</summary>
public sealed partial class FrontMatterSchemaTests
{
    private static readonly string[] Readme = File.ReadAllLines(Repository.PathOf("README.md"));

    /// <summary>The rows of the first table after the <c>### Briefings</c> heading: key, type, meaning.</summary>
    private static IReadOnlyList<(string Key, string Type, string Meaning)> BriefingTable() =>
        Readme.SkipWhile(l => l != "### Briefings")
            .SkipWhile(l => !l.StartsWith("| key |", StringComparison.Ordinal)).Skip(2)
            .TakeWhile(l => l.StartsWith('|'))
            .Select(l => l.Split('|').Select(cell => cell.Trim()).ToArray())
            .Select(cells => (cells[1].Trim('`'), cells[2], cells[3]))
            .ToList();

    /// <summary>The lines of the YAML example after the <c>### Timeline</c> heading.</summary>
    private static IReadOnlyList<string> TimelineExample() =>
        Readme.SkipWhile(l => l != "### Timeline").SkipWhile(l => l != "```yaml").Skip(1).TakeWhile(l => l != "```").ToList();

    [Fact]
    public void Every_briefing_key_is_in_the_readme_table_and_every_row_is_in_the_schema() =>
        Assert.Equal(BriefingTable().Select(r => r.Key), FrontMatterSchema.BriefingKeys.Select(k => k.Name));

    [Fact]
    public void Types_and_meanings_are_the_readme_words()
    {
        var rows = BriefingTable().ToDictionary(r => r.Key);
        foreach (var key in FrontMatterSchema.BriefingKeys)
        {
            var row = rows[key.Name];
            Assert.Equal(row.Type, key.Type + (key.Required ? ", required" : ""));
            // Where the README leaves the meaning blank, the schema says it in its own words.
            if (row.Meaning.Length > 0) Assert.Equal(row.Meaning, key.Description);
            Assert.NotEmpty(key.Description);
        }
    }

    [Fact]
    public void The_source_keys_are_those_the_readme_lists_for_source()
    {
        var type = BriefingTable().Single(r => r.Key == FrontMatterSchema.Source).Type;
        Assert.Equal(KeyBeforeParenthesis().Matches(type).Select(m => m.Groups[1].Value), FrontMatterSchema.SourceKeys.Select(k => k.Name));
        Assert.Equal(["name"], FrontMatterSchema.SourceKeys.Where(k => k.Required).Select(k => k.Name));
    }

    [Fact]
    public void Event_keys_are_those_of_the_readme_example_in_its_order()
    {
        var example = TimelineExample();
        Assert.Equal(example.Select(l => EventKey().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value),
            FrontMatterSchema.EventKeys.Select(k => k.Name));
        Assert.Equal(example.Select(l => SourceLinkKey().Match(l)).Where(m => m.Success).Select(m => m.Groups[1].Value),
            FrontMatterSchema.SourceLinkKeys.Select(k => k.Name));
        foreach (var key in FrontMatterSchema.EventKeys.Where(k => k.Required))
        {
            Assert.Contains("# required", example.Single(l => EventKey().Match(l).Groups[1].Value == key.Name), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Keys_are_unique_in_each_map() =>
        Assert.All(
            new[] { FrontMatterSchema.BriefingKeys, FrontMatterSchema.SourceKeys, FrontMatterSchema.EventKeys, FrontMatterSchema.SourceLinkKeys },
            keys => Assert.Equal(keys.Count, keys.Select(k => k.Name).Distinct().Count()));

    [Theory]
    [InlineData("src/Briefings/Metadata/BriefingParser.cs")]
    [InlineData("src/Briefings/Metadata/FrontMatterReader.cs")]
    [InlineData("src/Briefings/Metadata/FrontMatterWriter.cs")]
    [InlineData("src/Briefings/Metadata/SourceLinks.cs")]
    [InlineData("src/Briefings/Timeline/TimelineEventParser.cs")]
    public void The_parsers_and_the_writer_spell_no_key_themselves(string path)
    {
        var code = File.ReadAllText(Repository.PathOf(path.Split('/')));
        var keys = new[] { FrontMatterSchema.BriefingKeys, FrontMatterSchema.SourceKeys, FrontMatterSchema.EventKeys }.SelectMany(k => k).Select(k => k.Name);
        Assert.All(keys.Distinct(), key => Assert.DoesNotContain($"\"{key}\"", code, StringComparison.Ordinal));
    }

    // `name` (required), `url` (…): a key is the backquoted word before a parenthesis.
    [GeneratedRegex(@"`([a-z_]+)` \(")]
    private static partial Regex KeyBeforeParenthesis();

    // "- id: …" or "  date: …": the keys of the event itself.
    [GeneratedRegex(@"^(?:- |  )([a-z_]+):")]
    private static partial Regex EventKey();

    // "    - name: …" or "      url: …": the keys of an item of its sources.
    [GeneratedRegex(@"^ {4,}(?:- )?([a-z_]+):")]
    private static partial Regex SourceLinkKey();
}
