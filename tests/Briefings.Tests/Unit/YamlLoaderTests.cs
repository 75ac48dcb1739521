using Briefings.Diagnostics;
using Briefings.Metadata;

namespace Briefings.Tests.Unit;

public sealed class YamlLoaderTests
{
    private static (YamlNode? Node, IReadOnlyList<string> Diagnostics) Load(string yaml)
    {
        var bag = new DiagnosticBag();
        var node = YamlLoader.Load(new SourceText("f.yml", yaml), bag);
        return (node, bag.ToSortedList().Select(d => d.ToString()).ToList());
    }

    [Fact]
    public void Keeps_the_position_of_every_value()
    {
        var (node, diagnostics) = Load("title: A\ntags:\n  - x\n  - y\n");
        Assert.Empty(diagnostics);
        var map = Assert.IsType<YamlMapping>(node);
        var source = new SourceText("f.yml", "title: A\ntags:\n  - x\n  - y\n");
        var y = ((YamlSequence)map["tags"]!).Items[1];
        Assert.Equal(new SourceLocation("f.yml", 4, 5), source.LocationOf(y.Offset));
    }

    [Fact]
    public void Reports_syntax_errors_at_their_line() =>
        Assert.StartsWith("f.yml:2:", Assert.Single(Load("title: A\n  bad: [\n").Diagnostics));

    [Fact]
    public void Reports_duplicate_keys_at_the_second_one() =>
        Assert.Equal(["f.yml:2:1: error YAML002: duplicate key 'title' (first given at line 1)"], Load("title: A\ntitle: B\n").Diagnostics);

    [Fact]
    public void Rejects_an_alias_bomb_quickly()
    {
        var yaml = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + string.Concat(Enumerable.Range(0, 12).Select(i =>
            $"{(char)('b' + i)}: &{(char)('b' + i)} [{string.Join(", ", Enumerable.Repeat("*" + (char)('a' + i), 10))}]\n"));
        var (node, diagnostics) = Load(yaml);
        Assert.Null(node);
        Assert.Contains("YAML004", Assert.Single(diagnostics));
    }

    [Fact]
    public void Rejects_deep_nesting()
    {
        var (node, diagnostics) = Load(new string('[', 500) + new string(']', 500));
        Assert.Null(node);
        Assert.Contains("YAML003", Assert.Single(diagnostics));
    }

    [Fact]
    public void Allows_ordinary_aliases()
    {
        var (node, diagnostics) = Load("a: &x hello\nb: *x\n");
        Assert.Empty(diagnostics);
        Assert.Equal("hello", ((YamlScalar)((YamlMapping)node!)["b"]!).Value);
    }

    [Fact]
    public void Empty_documents_are_null() => Assert.Null(Load("# only a comment\n").Node);
}
