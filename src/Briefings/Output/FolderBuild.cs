using Briefings.Configuration;
using Briefings.Content;
using Briefings.Pipeline;

namespace Briefings.Output;

/// <summary>
/// A build from a site folder on disk into an output folder: checks both folders, reads the site, builds
/// into a staging folder and swaps it in only when the build succeeded. The one place the CLI (and later
/// the preview server) goes through, so none of them copies these rules.
/// </summary>
public static class FolderBuild
{
    public static FolderBuildResult Run(string siteFolder, string outputFolder, BuildOptions options, bool strict)
    {
        if (!Directory.Exists(siteFolder)) return new(FolderBuildOutcome.Refused, null, $"the site folder '{siteFolder}' does not exist");
        if (OutputFolderPolicy.Check(siteFolder, outputFolder) is { } refusal) return new(FolderBuildOutcome.Refused, null, $"{refusal}; choose another --output");

        var input = SiteReader.Read(siteFolder);
        using var writer = AtomicSiteWriter.Open(outputFolder);
        BuildResult result;
        try
        {
            result = SiteBuilder.Build(input, options, writer.Sink);
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            // A full disk or a read-only folder is the machine's problem, not a bug: say so, keep the old site.
            writer.Abort();
            return new(FolderBuildOutcome.WriteFailed, null, $"could not write the site ({failure.Message})");
        }
        if (!result.Succeeded || (strict && !result.SucceededStrictly))
        {
            writer.Abort();
            return new(FolderBuildOutcome.Failed, result);
        }
        writer.Commit();
        return new(FolderBuildOutcome.Built, result);
    }

    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException),
        _ => null,
    };
}
