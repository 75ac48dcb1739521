using System.CommandLine;
using Briefings.Configuration;
using Briefings.Pipeline;

namespace Briefings.Cli.Commands;

/// <summary>The options <c>build</c> and <c>check</c> share, and how they turn into a site folder and <see cref="BuildOptions"/>.</summary>
public sealed class SiteOptions
{
    public Option<DirectoryInfo> Source { get; } = new("--source", "-s") { HelpName = "DIR", Description = "The site folder, holding content/ and optionally templates/ (default: the current folder)" };

    public Option<string> BaseUrl { get; } = new("--base-url") { HelpName = "URL", Description = "The address the site is published at, for canonical links (overrides base_url)" };

    public Option<bool> Drafts { get; } = new("--drafts") { Description = "Include briefings marked draft: true" };

    public Option<bool> Strict { get; } = new("--strict") { Description = "Treat warnings as errors" };

    /// <summary>The name this option had before <c>--verbose</c>, kept so that scripts using it still work.</summary>
    public Option<bool> Timings { get; } = new("--timings") { Description = "The same as --verbose: print how long each stage of the build took" };

    public void AddTo(Command command)
    {
        command.Options.Add(Source);
        command.Options.Add(BaseUrl);
        command.Options.Add(Drafts);
        command.Options.Add(Strict);
        command.Options.Add(Timings);
    }

    /// <summary>The build options, or null after printing why the command line is wrong.</summary>
    public BuildOptions? BuildOptions(ParseResult parsed, TextWriter error)
    {
        Uri? url = null;
        if (parsed.GetValue(BaseUrl) is { } text)
        {
            if (!text.EndsWith('/')) text += "/";
            if (!Uri.TryCreate(text, UriKind.Absolute, out url) || (url.Scheme != Uri.UriSchemeHttp && url.Scheme != Uri.UriSchemeHttps))
            {
                error.WriteLine($"error: --base-url must be an absolute http:// or https:// address, not '{parsed.GetValue(BaseUrl)}'");
                return null;
            }
            // Echoed nowhere: what sits before the @ is a secret.
            if (url.UserInfo.Length > 0)
            {
                error.WriteLine("error: --base-url must not hold a user name or password (they would be published in every page); give the address alone");
                return null;
            }
        }
        return new BuildOptions(parsed.GetValue(Drafts), url);
    }

    /// <summary>With <c>--verbose</c> (or <c>--timings</c>), one line per stage (<c>render 812 ms 1490 ms cpu 95 MB allocated</c>), then the garbage collector's pauses.</summary>
    public void PrintTimings(ParseResult parsed, BuildResult result, TextWriter output)
    {
        if (!parsed.GetValue(Timings) && !GlobalOptions.Verbose(parsed)) return;
        foreach (var stage in result.Stages) output.WriteLine($"{stage.Stage,-9} {stage.Elapsed.TotalMilliseconds,8:F0} ms {stage.Cpu.TotalMilliseconds,8:F0} ms cpu {stage.Allocated >> 20,6} MB allocated");
        // The garbage collector's share: where a build's time goes that no stage shows by itself.
        output.WriteLine($"{"gc pauses",-9} {GC.GetTotalPauseDuration().TotalMilliseconds,8:F0} ms ({GC.CollectionCount(0)} collections, {GC.CollectionCount(1)} of gen 1, {GC.CollectionCount(2)} of gen 2; {GC.GetTotalAllocatedBytes() >> 20} MB allocated)");
    }

    /// <summary>Prints the diagnostics and says whether the build counts as failed.</summary>
    public static bool Report(BuildResult result, bool strict, TextWriter error)
    {
        DiagnosticPrinter.Print(result.Diagnostics, error);
        if (!result.Succeeded) return false;
        if (strict && !result.SucceededStrictly)
        {
            error.WriteLine("warnings are errors with --strict");
            return false;
        }
        return true;
    }
}
