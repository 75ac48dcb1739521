using Briefings.Caching;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Pipeline;

namespace Briefings.Output;

/// <summary>
/// A build from a site folder on disk into an output folder: checks both folders, reads the site, builds
/// into a staging folder and swaps it in only when the build succeeded. The one place the CLI (and later
/// the preview server) goes through, so none of them copies these rules.
/// </summary>
public static class FolderBuild
{
    /// <param name="useCache">Keep and use the site's build cache (<c>.briefings-cache/</c>): an unchanged briefing is
    /// not parsed or processed again, an unchanged page not rendered, an unchanged file not rewritten.</param>
    public static FolderBuildResult Run(string siteFolder, string outputFolder, BuildOptions options, bool strict, bool useCache = true)
    {
        if (!Directory.Exists(siteFolder)) return new(FolderBuildOutcome.Refused, null, $"the site folder '{siteFolder}' does not exist");
        if (OutputFolderPolicy.Check(siteFolder, outputFolder) is { } refusal) return new(FolderBuildOutcome.Refused, null, $"{refusal}; choose another --output");

        // The cache's index is read while the site's files are listed: neither needs the other.
        var opening = useCache ? Task.Run(() => OpenCache(siteFolder)) : null;
        var meter = StageMeter.Start();
        SiteInput input;
        try
        {
            input = SiteReader.Read(siteFolder);
        }
        catch
        {
            opening?.GetAwaiter().GetResult().Cache?.Value?.Dispose();
            throw;
        }
        var read = meter.Stop("read");
        var (opened, open) = opening?.GetAwaiter().GetResult() ?? (null, new StageTiming("cache", TimeSpan.Zero));
        using var cache = opened?.Value;
        try
        {
            var outcome = cache?.Manifest(outputFolder) is { } previous && Directory.Exists(outputFolder)
                ? Incremental(input, outputFolder, options, strict, cache, previous)
                : Full(input, outputFolder, options, strict, cache);
            if (outcome.Build is not { } build) return outcome;
            // About the cache, not the site: reported, but they do not fail a --strict build.
            var cacheWarnings = opened?.Diagnostics.ToList() ?? [];
            if (cache is { DamagedEntries: > 0 and var damaged })
            {
                cacheWarnings.Add(new Diagnostic(Severity.Warning, DiagnosticCodes.CacheUnusable,
                    $"{damaged} entr{(damaged == 1 ? "y" : "ies")} of the build cache {BuildCache.FolderName} were damaged (not matching their checksum, or pointing past the end of the body store) and were made again", null));
            }
            return outcome with { Build = build with { Diagnostics = [.. cacheWarnings, .. build.Diagnostics], Stages = [read, open, .. build.Stages] } };
        }
        catch (Exception e) when (WriteFailure(e) is { } failure)
        {
            // A full disk or a read-only folder is the machine's problem, not a bug: say so, keep the old site.
            return new(FolderBuildOutcome.WriteFailed, null, $"could not write the site ({failure.Message})");
        }
        catch (InputChangedException e)
        {
            return new(FolderBuildOutcome.WriteFailed, null, e.Message);
        }
        catch (CacheChangedException e)
        {
            return new(FolderBuildOutcome.WriteFailed, null, $"the build cache changed during the build ({e.Message}); build again");
        }
    }

    /// <summary>Everything rendered into a staging folder that replaces the output in one swap.</summary>
    private static FolderBuildResult Full(SiteInput input, string outputFolder, BuildOptions options, bool strict, BuildCache? cache)
    {
        using var writer = AtomicSiteWriter.Open(outputFolder);
        var recorder = cache is null ? null : new ManifestRecorder(writer.Sink);
        var result = SiteBuilder.Build(input, options, recorder ?? writer.Sink, cache);
        if (!result.Succeeded || (strict && !result.SucceededStrictly))
        {
            writer.Abort();
            cache?.Save();
            return new(FolderBuildOutcome.Failed, result);
        }
        var meter = StageMeter.Start();
        cache?.ForgetManifest(outputFolder);
        writer.Commit();
        if (cache is not null)
        {
            SaveSideBySide(cache, outputFolder, recorder!.Manifest(outputFolder));
        }
        return new(FolderBuildOutcome.Built, WithCommit(result, meter));
    }

    /// <summary>
    /// Only what changed since the last build into this folder: unchanged pages are not rendered, unchanged bytes
    /// not rewritten. The manifest is forgotten before the first file moves, so a build killed while moving them
    /// is followed by a full build, never trusted.
    /// </summary>
    private static FolderBuildResult Incremental(SiteInput input, string outputFolder, BuildOptions options, bool strict, BuildCache cache, OutputManifest previous)
    {
        using var writer = IncrementalSiteWriter.Open(outputFolder, previous);
        // What a rebuild allocates is mostly the model it decodes from the index: about 7.5 times the index's size at 10,000 briefings.
        using var quiet = QuietCollector.For(cache.IndexLength * 10);
        var result = SiteBuilder.Build(input, options, writer, cache);
        if (!result.Succeeded || (strict && !result.SucceededStrictly))
        {
            writer.Abort();
            cache.Save();
            return new(FolderBuildOutcome.Failed, result);
        }
        var meter = StageMeter.Start();
        cache.ForgetManifest(outputFolder);
        var manifest = writer.Commit(out var rewritten);
        SaveSideBySide(cache, outputFolder, manifest);
        return new(FolderBuildOutcome.Built, WithCommit(result, meter)) { Rendered = writer.Rendered, Rewritten = rewritten };
    }

    /// <summary>The output folder's manifest and the cache's index are files of their own, written side by side; a failure of either is thrown as it is.</summary>
    private static void SaveSideBySide(BuildCache cache, string outputFolder, OutputManifest manifest)
    {
        var writing = Task.Run(() => cache.SetManifest(outputFolder, manifest));
        try
        {
            cache.Save();
        }
        finally
        {
            writing.GetAwaiter().GetResult();
        }
    }

    private static (Staged<BuildCache?> Cache, StageTiming Timing) OpenCache(string siteFolder)
    {
        var meter = StageMeter.Start();
        var cache = BuildCache.Open(siteFolder);
        return (cache, meter.Stop("cache"));
    }

    private static BuildResult WithCommit(BuildResult result, StageMeter meter) =>
        result with { Stages = [.. result.Stages, meter.Stop("commit")] };

    private static Exception? WriteFailure(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException),
        _ => null,
    };
}
