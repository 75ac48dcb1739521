using Briefings.Tests.Support;

namespace Briefings.Tests.Search;

/// <summary>The key vectors both implementations must give (<c>key-vectors.tsv</c>): a text and its keys.</summary>
public static class KeyVectors
{
    public static IReadOnlyList<(string Text, string[] Keys)> All { get; } = File.ReadAllLines(Repository.PathOf("tests", "Briefings.Tests", "Search", "key-vectors.tsv"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))
        .Select(line => line.Split('\t'))
        .Select(parts => (parts[0], parts[1].Split(' ', StringSplitOptions.RemoveEmptyEntries)))
        .ToList();

    public static TheoryData<string, string> Rows()
    {
        var rows = new TheoryData<string, string>();
        foreach (var (text, keys) in All) rows.Add(text, string.Join(' ', keys));
        return rows;
    }
}
