using System.Security.Cryptography;
using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.Trust;

/// <summary>What the output-folder tests share: a small site on disk, the command run in-process, every byte of a folder.</summary>
internal static class OutputFolderTrust
{
    public const string SiteYml = "title: T\nlanguage: en\n";

    public static string WriteSite(TempFolder temp, string name = "site", string siteYml = SiteYml)
    {
        temp.Write($"{name}/content/site.yml", siteYml);
        temp.Write($"{name}/content/briefings/a.md", TestSite.Briefing("title: A\ndate: 2022-01-01"));
        temp.Write($"{name}/content/briefings/b.md", TestSite.Briefing("title: B\ndate: 2022-02-01"));
        return temp.Combine(name);
    }

    public static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = BriefingsApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    /// <summary>Every file and link under <paramref name="folder"/> with a hash of its bytes (or its target), and every folder.</summary>
    public static SortedDictionary<string, string> Snapshot(string folder)
    {
        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }))
        {
            var relative = Path.GetRelativePath(folder, entry.FullName);
            if (entry.LinkTarget is { } target) entries[relative] = "-> " + target;
            else if (entry is DirectoryInfo) entries[relative] = "folder";
            else entries[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(entry.FullName)));
        }
        return entries;
    }

    /// <summary>Fails unless every entry of <paramref name="before"/> is still under <paramref name="folder"/>, byte for byte.</summary>
    public static void AssertStillThere(SortedDictionary<string, string> before, string folder)
    {
        var after = Snapshot(folder);
        foreach (var (path, hash) in before)
        {
            Assert.True(after.TryGetValue(path, out var now), $"{path} is gone from {folder}");
            Assert.True(now == hash, $"{path} changed in {folder}");
        }
    }
}
