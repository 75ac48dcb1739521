using System.CommandLine;

namespace Briefings.Cli;

/// <summary>Whether a folder holds a site, and if not, a message that names the folder looked in (in full), says
/// what a site needs and how to start one.</summary>
public static class SiteFolderCheck
{
    /// <summary>The problem, or null when <paramref name="site"/> has a <c>content/</c> folder.</summary>
    public static string? Problem(string site, bool sourceGiven)
    {
        var where = sourceGiven ? "" : " (the current folder; pass --source DIR for another)";
        if (File.Exists(site)) return $"'{site}' is a file, not a site folder";
        if (!Directory.Exists(site)) return $"the site folder '{site}' does not exist";
        if (Directory.Exists(Path.Combine(site, "content"))) return null;
        return $"there is no site in {site}{where}: a site is a folder holding content/, with content/site.yml and content/briefings/. " +
            "Start one with 'briefings new site DIR'.";
    }

    /// <summary>The site folder a command was given (<c>--source</c>, else the current folder), or null after printing
    /// why it holds no site: what every command that works on a site does first.</summary>
    public static string? Find(ParseResult parsed, Option<DirectoryInfo> source, TextWriter error)
    {
        var given = parsed.GetValue(source);
        var site = given?.FullName ?? Directory.GetCurrentDirectory();
        if (Problem(site, given is not null) is not { } problem) return site;
        error.WriteLine($"error: {problem}");
        return null;
    }
}
