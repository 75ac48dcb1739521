using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Output;
using CsCheck;

namespace Briefings.Tests.Hostile;

/// <summary>Random bytes and random YAML thrown at the loader: diagnostics, never an unhandled exception.</summary>
public sealed class FuzzTests
{
    private static readonly string[] YamlPieces =
    [
        "title: A\n", "date: 2022-01-01\n", "date: 2022-13-45\n", "tags: [a, b]\n", "tags: 5\n", "- x\n", "  - y\n", "? k\n", ": v\n",
        "&a [1, 2]\n", "*a\n", "b: *a\n", "c: &c {d: *c}\n", "<<: *a\n", "---\n", "...\n", "%YAML 1.2\n", "!!binary aGk=\n", "'unterminated\n",
        "\"esc \\x\"\n", "{", "}", "[", "]", ",", ":", "#", "|\n  block\n", ">-\n  folded\n", "\t", "  ", "\u00A0", "é", "\u202E", "\uD83D", "\0",
        "timeline:\n  - date: 2022?\n    title: t\n", "source: {name: x, url: javascript:x}\n", "slug: ../x\n", "extra: {a: [1, {b: c}]}\n",
    ];

    private static void NoException(Action action)
    {
        var exception = Record.Exception(action);
        Assert.Null(exception);
    }

    [Fact]
    public void Random_yaml_gives_diagnostics_not_exceptions() =>
        Gen.OneOf(YamlPieces).Array[0, 30].Select(parts => string.Concat(parts)).Sample(yaml =>
            NoException(() => YamlLoader.Load(new SourceText("f.yml", yaml), new DiagnosticBag())), iter: 5000);

    [Fact]
    public void Random_bytes_as_any_site_file_give_diagnostics_not_exceptions() =>
        Gen.Select(Gen.Byte.Array[0, 300], Gen.OneOf("content/site.yml", "content/briefings/a.md", "content/briefings/a.yml", "content/timeline/t.yml", "content/glossary/g.yml", "templates/tag.html"))
            .Sample((bytes, path) =>
            {
                var files = new List<InputFile> { InputFile.FromText("content/site.yml", "title: T\nlanguage: fr\n"), InputFile.FromText("content/briefings/a.txt", "x") };
                files.RemoveAll(f => f.Path == path);
                files.Add(new InputFile(path, bytes));
                NoException(() => SiteBuilder.Build(new SiteInput(files), BuildOptions.Default, new MemoryOutput()));
            }, iter: 300);

    [Fact]
    public void Random_front_matter_gives_diagnostics_not_exceptions() =>
        Gen.OneOf(YamlPieces).Array[0, 12].Select(parts => "---\n" + string.Concat(parts) + "\n---\nCorps.\n").Sample(text =>
            NoException(() => SiteBuilder.Build(new SiteInput(
            [
                InputFile.FromText("content/site.yml", "title: T\nlanguage: fr\n"),
                InputFile.FromText("content/briefings/a.md", text),
                InputFile.FromText("content/glossary/g.yml", "- term: " + text.Replace("\n", " ")[..Math.Min(text.Length, 40)].Trim() + "\n  definition: d\n"),
            ]), BuildOptions.Default, new MemoryOutput())), iter: 300);
}
