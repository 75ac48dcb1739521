using System.CommandLine;
using Briefings.Cli.Serve;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings serve</c>: builds, serves on 127.0.0.1, rebuilds on every change and reloads the open pages.</summary>
public static class ServeCommand
{
    public static Command Create(TextWriter output, TextWriter error, Interruption interruption)
    {
        var options = new SiteOptions();
        var port = new Option<int>("--port", "-p")
        {
            Description = "The port on 127.0.0.1; 0 takes any free port",
            DefaultValueFactory = _ => ServeSettings.DefaultPort,
        };
        var open = new Option<bool>("--open") { Description = "Open the site in the default browser once it is served" };
        var outputFolder = new Option<DirectoryInfo>("--output", "-o") { Description = "Build into this folder (default: a private folder in the temp folder, deleted when serve stops; never SOURCE/_site)" };
        var command = new Command("serve", "Build the site, serve it on http://127.0.0.1, and rebuild it and reload the open pages whenever content/, templates/ or static/ change.");
        command.Options.Add(options.Source);
        command.Options.Add(options.BaseUrl);
        command.Options.Add(options.Drafts);
        command.Options.Add(port);
        command.Options.Add(open);
        command.Options.Add(outputFolder);
        command.SetAction(parsed =>
        {
            var site = options.SiteFolder(parsed);
            if (!Directory.Exists(site))
            {
                error.WriteLine($"error: the site folder '{site}' does not exist");
                return ExitCodes.Usage;
            }
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
