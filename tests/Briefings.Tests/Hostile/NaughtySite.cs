using System.Text.Encodings.Web;
using System.Text.Json;
using Briefings.Tests.Support;

namespace Briefings.Tests.Hostile;

/// <summary>
/// A site whose metadata is the Big List of Naughty Strings: string <c>i</c> goes into every text field
/// of briefing <c>i</c>, of event <c>i</c> and of glossary term <c>i</c>. Required fields get a
/// numbered prefix, so that an empty or blank string stays a valid title (a blank item of a list is
/// a warning, skipped); fields with a fixed syntax
/// (dates, slugs, languages, URLs) keep valid values.
/// </summary>
public static class NaughtySite
{
    public static IReadOnlyList<string> Strings { get; } =
        JsonSerializer.Deserialize<List<string>>(File.ReadAllText(Repository.PathOf("tests", "Briefings.Tests", "Data", "blns.json")))!;

    private static readonly JsonSerializerOptions Yaml = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A YAML double-quoted scalar: JSON's string syntax, with raw Unicode kept.</summary>
    public static string Quote(string value) => JsonSerializer.Serialize(value, Yaml);

    public static (string Path, string Text)[] Files()
    {
        var scripts = string.Join(" ", Strings.Where(s => s.Contains('<')).Take(20));
        var files = new List<(string, string)>
        {
            ("content/site.yml", $"title: {Quote("Naughty " + scripts)}\ndescription: {Quote(scripts)}\nlanguage: fr\nauthor: {Quote(scripts)}\ncopyright: {Quote(scripts)}\nbase_url: https://example.org/naughty/\n"),
        };
        var timeline = new System.Text.StringBuilder();
        var glossary = new System.Text.StringBuilder();
        for (var i = 0; i < Strings.Count; i++)
        {
            var s = Quote(Strings[i]);
            var numbered = (string prefix) => Quote($"{prefix} {i} {Strings[i]}");
            files.Add(($"content/briefings/n{i}.md",
                $"---\ntitle: {numbered("Note")}\ndate: 2022-01-01\nsummary: {s}\nauthors: [{s}]\ntags: [{s}]\n" +
                $"source:\n  name: {numbered("Source")}\n  url: https://example.org/{i}\nextra:\n  note: {s}\n" +
                $"timeline:\n  - id: own-{i}\n    date: 2022-02-13?\n    title: {numbered("Own")}\n    summary: {s}\n---\n\nCorps {i}.\n"));
            timeline.Append($"- id: e{i}\n  date: 2022-04-01/2022-04-03\n  title: {numbered("Event")}\n  summary: {s}\n  place: {s}\n" +
                $"  actors: [{s}]\n  tags: [{s}]\n  sources:\n    - name: {numbered("Source")}\n      url: https://example.org/e{i}\n  briefings: [n{i}]\n");
            glossary.Append($"- id: t{i}\n  term: {numbered("Terme")}\n  definition: {numbered("Définition")}\n  aliases: [{numbered("Alias")}]\n" +
                $"  sources:\n    - name: {numbered("Source")}\n");
        }
        files.Add(("content/timeline/naughty.yml", timeline.ToString()));
        files.Add(("content/glossary/naughty.yml", glossary.ToString()));
        return [.. files];
    }
}
