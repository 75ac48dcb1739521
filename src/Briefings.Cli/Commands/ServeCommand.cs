using System.CommandLine;
using Briefings.Cli.Serve;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings serve</c>: builds, serves on 127.0.0.1, rebuilds on every change and reloads the open pages.</summary>
public static class ServeCommand
{
    public static BriefingsCommand Create(TextWriter output, TextWriter error, Interruption interruption)
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port", "-p")
        {
            HelpName = "N",
            Description = "The port on 127.0.0.1; 0 takes any free port",
            DefaultValueFactory = _ => ServeSettings.DefaultPort,
        };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser once it is served" };
        var outputFolder = new Option<DirectoryInfo>("--output", "-o") { HelpName = "DIR", Description = "Build into this folder (default: a private folder in the temp folder, deleted when serve stops; never SOURCE/_site)" };
        var command = new BriefingsCommand("serve", "Preview the site on 127.0.0.1, rebuilt and reloaded in the open pages as you edit",
            ("briefings serve", $"Preview the site in the current folder at http://127.0.0.1:{ServeSettings.DefaultPort}/"),
            ("briefings serve --source demo --open", "Preview another folder's site and open it in the browser"),
            ("briefings serve --drafts --port 8080", "Include drafts, on another port"));
        command.Options.Add(options.Source);
        command.Options.Add(options.BaseUrl);
        command.Options.Add(options.Drafts);
        command.Options.Add(port);
        command.Options.Add(open);
        command.Options.Add(outputFolder);
        command.SetAction(parsed =>
        {
            if (SiteFolderCheck.Find(parsed, options.Source, error) is not { } site) return ExitCodes.Usage;
            var number = parsed.GetValue(port);
            if (number is < 0 or > 65535)
            {
                error.WriteLine($"error: --port must be a number from 0 to 65535, not {number}");
                return ExitCodes.Usage;
            }
            if (options.BuildOptions(parsed, error) is not { } buildOptions) return ExitCodes.Usage;
            var settings = new ServeSettings(site, number, buildOptions, parsed.GetValue(outputFolder)?.FullName, parsed.GetValue(open), interruption.Observe);
            // Ctrl+C and SIGTERM cancel this token: the server stops cleanly, exit 0 (a second signal ends the process at once).
            return ServeSession.RunAsync(settings, output, error, interruption.Claim()).GetAwaiter().GetResult();
        });
        return command;
    }
}
