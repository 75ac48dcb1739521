using System.CommandLine;
using Briefings.Scaffolding;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings new briefing "Titre"</c>: <c>content/briefings/&lt;slug&gt;.md</c> with its front matter filled in; never overwrites.</summary>
public static class NewBriefingCommand
{
    public static BriefingsCommand Create(TextWriter output, TextWriter error)
    {
        var title = new Argument<string>("TITLE") { Description = "The briefing's title, in quotes; its file name is made from it (Été à Kyiv → ete-a-kyiv.md)" };
        var language = new Option<string>("--language", "-l") { HelpName = "en|fr", Description = "The briefing's language: en or fr (default: the site's, from content/site.yml)" };
        var tags = new Option<string[]>("--tags", "-t")
        {
            HelpName = "a,b",
            Description = "Its tags, separated by commas: --tags Ukraine,Russie",
            AllowMultipleArgumentsPerToken = true,
        };
        var source = new Option<DirectoryInfo>("--source", "-s") { HelpName = "DIR", Description = "The site folder (default: the current folder)" };
        var command = new BriefingsCommand("briefing", "Start a new briefing: content/briefings/<slug>.md, with its title, today's date, language and tags",
            ("briefings new briefing \"Été à Kyiv\"", "Write content/briefings/ete-a-kyiv.md, dated today"),
            ("briefings new briefing \"Minsk and Moscow\" --language en --tags Belarus,Russia", "With its language and two tags"),
            ("briefings new briefing \"Note\" --source ~/sites/notes", "In the site at ~/sites/notes"));
        command.Arguments.Add(title);
        command.Options.Add(language);
        command.Options.Add(tags);
        command.Options.Add(source);
        command.SetAction(parsed =>
        {
            if (SiteFolderCheck.Find(parsed, source, error) is not { } site) return ExitCodes.Usage;
            var typed = parsed.GetValue(title)!;
            if (typed.Trim().Length == 0)
            {
                error.WriteLine("error: the title is empty; give one in quotes: briefings new briefing \"My title\"");
                return ExitCodes.Usage;
            }
            string? chosen = null;
            if (parsed.GetValue(language) is { } given && (chosen = ScaffoldLanguage.Normalize(given)) is null)
            {
                error.WriteLine($"error: --language must be one of {string.Join(", ", ScaffoldLanguage.All)}, not '{given}'");
                return ExitCodes.Usage;
            }
            chosen ??= SiteLanguage(site);
            var slug = BriefingScaffold.SlugOf(typed);
            foreach (var rival in BriefingScaffold.Rivals(slug))
            {
                var path = Path.Combine(site, rival);
                if (!File.Exists(path) && !Directory.Exists(path)) continue;
                error.WriteLine($"error: a briefing named '{slug}' already exists: {path}; give another title, or edit that one");
                return ExitCodes.ContentErrors;
            }
            var tagList = (parsed.GetValue(tags) ?? []).SelectMany(t => t.Split(',')).ToList();
            ScaffoldFile file;
            try
            {
                file = BriefingScaffold.Create(typed, DateOnly.FromDateTime(DateTime.Now), chosen, tagList);
            }
            catch (ArgumentException e)
            {
                error.WriteLine($"error: this title cannot be written in a briefing's metadata: {e.Message}");
                return ExitCodes.Usage;
            }
            try
            {
                output.WriteLine(ScaffoldWriter.Write(site, file));
            }
            catch (IOException) when (File.Exists(Path.Combine(site, file.Path)))
            {
                error.WriteLine($"error: a briefing named '{slug}' already exists: {Path.Combine(site, file.Path)}; give another title, or edit that one");
                return ExitCodes.ContentErrors;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: could not write {Path.Combine(site, file.Path)}: {e.Message}");
                return ExitCodes.ContentErrors;
            }
            return ExitCodes.Success;
        });
        return command;
    }

    /// <summary>The site's language, written into the new briefing; null (no key: the site's, whatever it becomes) when site.yml cannot be read.</summary>
    private static string? SiteLanguage(string site)
    {
        try
        {
            return BriefingScaffold.SiteLanguage(File.ReadAllText(Path.Combine(site, "content", "site.yml")));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
