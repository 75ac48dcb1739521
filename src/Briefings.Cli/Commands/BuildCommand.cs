using System.CommandLine;
using System.Diagnostics;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings build</c>: reads DIR/content and DIR/templates, writes DIR/_site atomically.</summary>
public static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var source = new Option<DirectoryInfo>("--source", "-s") { Description = "The site folder, holding content/ and optionally templates/ (default: the current folder)" };
        var outputFolder = new Option<DirectoryInfo>("--output", "-o") { Description = "Where to write the site (default: SOURCE/_site)" };
        var baseUrl = new Option<string>("--base-url") { Description = "The address the site is published at, for canonical links (overrides base_url)" };
        var drafts = new Option<bool>("--drafts") { Description = "Include briefings marked draft: true" };

        var command = new Command("build", "Build the site into the output folder.") { source, outputFolder, baseUrl, drafts };
        command.SetAction(parsed =>
        {
            var site = parsed.GetValue(source)?.FullName ?? Directory.GetCurrentDirectory();
            var target = parsed.GetValue(outputFolder)?.FullName ?? Path.Combine(site, "_site");
            Uri? url = null;
            if (parsed.GetValue(baseUrl) is { } text && !TryParseBaseUrl(text, out url))
            {
                error.WriteLine($"error: --base-url must be an absolute http:// or https:// address, not '{text}'");
                return ExitCodes.Usage;
            }
            return Run(site, target, new BuildOptions(parsed.GetValue(drafts), url), output, error);
        });
        return command;
    }

    public static int Run(string site, string target, BuildOptions options, TextWriter output, TextWriter error)
    {
        if (!Directory.Exists(site))
        {
            error.WriteLine($"error: the site folder '{site}' does not exist");
            return ExitCodes.Usage;
        }
        if (OutputFolderPolicy.Check(site, target) is { } refusal)
        {
            error.WriteLine($"error: {refusal}; choose another --output");
            return ExitCodes.Usage;
        }

        var clock = Stopwatch.StartNew();
        var input = SiteReader.Read(site);
        using var writer = new AtomicSiteWriter(target);
        var result = SiteBuilder.Build(input, options, writer.Sink);
        DiagnosticPrinter.Print(result.Diagnostics, error);
        if (!result.Succeeded)
        {
            writer.Abort();
            error.WriteLine($"build failed; {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)} was left as it was");
            return ExitCodes.ContentErrors;
        }

        writer.Commit();
        output.WriteLine($"built {result.PageCount} pages into {Path.GetRelativePath(Directory.GetCurrentDirectory(), target)} in {clock.ElapsedMilliseconds} ms");
        return ExitCodes.Success;
    }

    internal static bool TryParseBaseUrl(string text, out Uri? url)
    {
        if (!text.EndsWith('/')) text += "/";
        return Uri.TryCreate(text, UriKind.Absolute, out url) && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);
    }
}
