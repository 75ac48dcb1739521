using System.Text;

namespace Briefings.Tests.Support;

/// <summary>Compares a site built in memory with one written to disk: the same files, byte for byte.</summary>
public static class OutputComparison
{
    /// <summary>Fails at the first file missing, extra or different, naming the first differing line.</summary>
    public static void AssertIdentical(IReadOnlyDictionary<string, byte[]> expected, string folder, string expectedLabel, string actualLabel)
    {
        // The ownership manifest is the folder's, not the site's: a build in memory has none.
        expected = expected.Where(e => e.Key != Output.OwnershipManifest.FileName).ToDictionary(StringComparer.Ordinal);
        var actual = Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/')).Where(p => p != Output.OwnershipManifest.FileName).ToHashSet(StringComparer.Ordinal);
        var missing = expected.Keys.Where(p => !actual.Contains(p)).Order(StringComparer.Ordinal).ToList();
        var extra = actual.Where(p => !expected.ContainsKey(p)).Order(StringComparer.Ordinal).ToList();
        Assert.True(missing.Count == 0 && extra.Count == 0,
            $"{expectedLabel} and {actualLabel} wrote different files ({expected.Count} and {actual.Count}):\n" +
            $"  only {expectedLabel}: {Listing(missing)}\n  only {actualLabel}: {Listing(extra)}");

        foreach (var path in expected.Keys.Order(StringComparer.Ordinal))
        {
            var want = expected[path];
            var got = File.ReadAllBytes(Path.Combine(folder, path));
            if (want.AsSpan().SequenceEqual(got)) continue;
            var wantText = Encoding.UTF8.GetString(want);
            var gotText = Encoding.UTF8.GetString(got);
            var where = wantText != gotText
                ? TextDifference.First(wantText, gotText, expectedLabel, actualLabel)
                : $"the same text in different bytes, from byte {want.AsSpan().CommonPrefixLength(got)}"; // a byte-order mark, invalid UTF-8
            Assert.Fail($"{path} differs between {expectedLabel} ({want.Length} bytes) and {actualLabel} ({got.Length} bytes) at {where}");
        }
    }

    private static string Listing(List<string> paths) =>
        paths.Count == 0 ? "none" : string.Join(", ", paths.Take(10)) + (paths.Count > 10 ? $" and {paths.Count - 10} more" : "");
}
