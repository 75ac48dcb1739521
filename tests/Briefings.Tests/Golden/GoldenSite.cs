using System.Text;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.Golden;

/// <summary>
/// Builds a fixture site (<c>Golden/NAME/site</c>) in memory and compares every output file with
/// <c>Golden/NAME/expected</c>. Run with <c>BRIEFINGS_UPDATE_GOLDEN=1</c> to rewrite the expected
/// files, then review the diff with git before committing.
/// </summary>
public static class GoldenSite
{
    public const string UpdateVariable = "BRIEFINGS_UPDATE_GOLDEN";

    public static void Verify(string name, BuildOptions? options = null)
    {
        var folder = Repository.PathOf("tests", "Briefings.Tests", "Golden", name);
        var output = new MemoryOutput();
        var result = SiteBuilder.Build(SiteReader.Read(Path.Combine(folder, "site")), options ?? BuildOptions.Default, output);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));

        var expectedFolder = Path.Combine(folder, "expected");
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            if (Directory.Exists(expectedFolder)) Directory.Delete(expectedFolder, recursive: true);
            foreach (var (path, bytes) in output.Files)
            {
                var target = Path.Combine(expectedFolder, path);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllBytes(target, bytes);
            }
            return;
        }

        Assert.True(Directory.Exists(expectedFolder), $"no expected output yet: run the tests with {UpdateVariable}=1 and review it");
        var expected = Directory.EnumerateFiles(expectedFolder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(expectedFolder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal).ToList();
        Assert.Equal(expected, output.Files.Keys.Order(StringComparer.Ordinal).ToList());
        foreach (var path in expected)
        {
            var want = File.ReadAllText(Path.Combine(expectedFolder, path), Encoding.UTF8);
            var got = output.Text(path);
            if (want != got) Assert.Fail($"{path} differs from the expected output ({UpdateVariable}=1 regenerates it):\n{TextDifference.First(want, got)}");
        }
    }
}
