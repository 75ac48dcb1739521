using System.CommandLine;
using Briefings.Scaffolding;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings new site DIR</c>: a site that builds and passes <c>check</c> at once, in a new or empty folder.</summary>
public static class NewSiteCommand
{
    public static BriefingsCommand Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<string>("DIR") { Description = "The folder to make the site in: new, or empty (a .git alone is fine)" };
        var language = new Option<string>("--language", "-l")
        {
            HelpName = "en|fr",
            Description = "The language of the site and of its sample texts: en or fr",
            DefaultValueFactory = _ => ScaffoldLanguage.Default,
        };
        var command = new BriefingsCommand("site", "Make a new site in DIR: settings, a sample briefing, a glossary and a timeline, ready to build",
            ("briefings new site my-briefings", "Make an English site in ./my-briefings"),
            ("briefings new site notes --language fr", "Make a French site in ./notes"),
            ("briefings new site .", "Make the site in the current folder, if it is empty"));
        command.Arguments.Add(folder);
        command.Options.Add(language);
        command.SetAction(parsed =>
        {
            var typed = parsed.GetValue(folder)!;
            if (ScaffoldLanguage.Normalize(parsed.GetValue(language)!) is not { } chosen)
            {
                error.WriteLine($"error: --language must be one of {string.Join(", ", ScaffoldLanguage.All)}, not '{parsed.GetValue(language)}'");
                return ExitCodes.Usage;
            }
            var root = Path.GetFullPath(typed);
            if (Refusal(root) is { } refusal)
            {
                error.WriteLine($"error: {refusal}");
                return ExitCodes.ContentErrors;
            }
            var files = SiteScaffold.Files(chosen, DateOnly.FromDateTime(DateTime.Now));
            try
            {
                foreach (var file in files) ScaffoldWriter.Write(root, file);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: could not write the new site in {root}: {e.Message}");
                return ExitCodes.ContentErrors;
            }
            output.WriteLine($"Created a new site in {root}:");
            foreach (var file in files) output.WriteLine($"  {file.Path}");
            output.WriteLine();
            output.WriteLine($"next: cd {ScaffoldWriter.ShellWord(typed)} && briefings serve");
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>Why the site cannot go into <paramref name="root"/>: a file there, or a folder with anything but <c>.git</c> in it.</summary>
    public static string? Refusal(string root)
    {
        if (File.Exists(root)) return $"{root} is a file; give the name of a new or empty folder for the site";
        if (!Directory.Exists(root)) return null;
        var first = new DirectoryInfo(root).EnumerateFileSystemInfos()
            .Where(e => e.Name != ".git")
            .OrderBy(e => e.Name, StringComparer.Ordinal)
            .FirstOrDefault();
        if (first is null) return null;
        var count = new DirectoryInfo(root).EnumerateFileSystemInfos().Count(e => e.Name != ".git");
        var name = first is DirectoryInfo ? first.Name + "/" : first.Name;
        var more = count > 1 ? $" and {count - 1} more entr{(count == 2 ? "y" : "ies")}" : "";
        return $"the folder {root} is not empty (it holds '{name}'{more}); a new site goes into a new or empty folder: choose another name";
    }
}
