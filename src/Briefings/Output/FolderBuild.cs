using Briefings.Caching;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Pipeline;

namespace Briefings.Output;

/// <summary>
/// A build from a site folder on disk into an output folder: checks both folders (on real paths), reads the site,
/// builds into a staging folder and swaps it in only when the build succeeded. The output is replaced only when it
/// is missing, empty or the builds' own (its <see cref="OwnershipManifest"/>), or with <c>--force</c>; what
/// <c>keep:</c> keeps is never deleted. The one place the CLI (and later the preview server) goes through, so none
/// of them copies these rules.
/// </summary>
public static class FolderBuild
{
    /// <param name="useCache">Keep and use the site's build cache (<c>.briefings-cache/</c>): an unchanged briefing is
    /// not parsed or processed again, an unchanged page not rendered, an unchanged file not rewritten.</param>
    public static FolderBuildResult Run(string siteFolder, string outputFolder, BuildOptions options, bool strict, bool useCache = true) =>
        Run(siteFolder, outputFolder, options, new FolderBuildSettings(strict, useCache));

    public static FolderBuildResult Run(string siteFolder, string outputFolder, BuildOptions options, FolderBuildSettings settings)
    {
        if (!Directory.Exists(siteFolder)) return new(FolderBuildOutcome.Refused, null, $"the site folder '{siteFolder}' does not exist");
        if (OutputFolderPolicy.Check(siteFolder, outputFolder, settings.Safety ?? OutputSafety.OfThisMachine()) is { } refusal)
            return new(FolderBuildOutcome.Refused, null, $"{refusal}; choose another --output");
        var output = RealPath.Of(outputFolder);
        var site = RealPath.Of(siteFolder);

        // The cache's index is read while the site's files are listed: neither needs the other.
        var opening = settings.UseCache ? Task.Run(() => OpenCache(siteFolder)) : null;
        options.StageStarted?.Invoke("read");
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
        // Only keep: is needed before the build; the build reads site.yml again and reports its problems.
        var keep = KeepPatterns.With(SiteConfigLoader.Load(input, options, new DiagnosticBag()).Keep);
        try
        {
            // A first look without the lock, so a refused folder gets nothing made beside it; the look that counts is under the lock.
            var stamp = OwnershipManifest.Stamp(output);
            var early = OutputOwnership.Inspect(output, OwnershipManifest.SiteId(site), RealPath.IsSameOrInside(output, site), keep, cache?.Manifest(output)?.Files.Keys);
            if (!settings.Force && early.Refusal(outputFolder) is { } notOurs) return new(FolderBuildOutcome.Refused, null, notOurs);
            var outcome = Locked(input, output, outputFolder, site, keep, options, settings, cache, early, stamp);
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
        catch (Exception e) when (IsCancellation(e))
        {
            return new(FolderBuildOutcome.Interrupted, null, "interrupted");
        }
        catch (Exception e) when (IoFailure.Find(e) is { } failure)
        {
            // A full disk or a read-only folder is the machine's problem, not a bug: say so, and put the old site back if the swap had begun.
            var restored = TryRecover(output);
            return new(FolderBuildOutcome.WriteFailed, null, $"could not write the site: {IoFailure.Describe(failure)}{restored}");
        }
        catch (Exception e) when (Thrown.Find<InputChangedException>(e) is { } changed)
        {
            // A file saved while it was read (an editor, a git checkout); thrown by a parallel stage, it comes wrapped.
            return new(FolderBuildOutcome.InputChanged, null, changed.Message);
        }
        catch (Exception e) when (Thrown.Find<CacheChangedException>(e) is { } changed)
        {
            return new(FolderBuildOutcome.WriteFailed, null, $"the build cache changed during the build ({changed.Message}); build again");
        }
    }

    /// <summary>
    /// Under the output's lock: recovers what a killed build left, looks at what the output holds, then builds. The first
    /// look is taken again only when something may have changed the folder since: a recovery here, or another build's
    /// manifest (walking an output of 15,000 folders twice was a third of a one-briefing rebuild).
    /// </summary>
    private static FolderBuildResult Locked(SiteInput input, string output, string shown, string site, KeepPatterns keep, BuildOptions options, FolderBuildSettings settings, BuildCache? cache,
        OutputInspection early, (long, DateTime)? stamp)
    {
        using var held = OutputLock.TryAcquire(output);
        if (held is null) return new(FolderBuildOutcome.Refused, null, $"another build is writing into the output folder '{shown}' right now; wait for it to end");
        var recovered = SwapJournal.Recover(held);
        var siteId = OwnershipManifest.SiteId(site);
        var previous = cache?.Manifest(output);
        var inspection = !recovered && OwnershipManifest.Stamp(output) == stamp
            ? early
            : OutputOwnership.Inspect(output, siteId, RealPath.IsSameOrInside(output, site), keep, previous?.Files.Keys);
        if (!settings.Force && inspection.Refusal(shown) is { } refusal) return new(FolderBuildOutcome.Refused, null, refusal);
        settings.Cancellation.ThrowIfCancellationRequested();
        var outcome = previous is not null && inspection.Exists && inspection.IsOurs
            ? Incremental(held, input, options, settings, cache!, previous, siteId, inspection)
            : Full(held, input, options, settings, cache, siteId, inspection);
        return outcome.Outcome == FolderBuildOutcome.Built ? outcome with { Replaced = inspection.Foreign } : outcome;
    }

    /// <summary>Everything rendered into a staging folder that replaces the output in one swap.</summary>
    private static FolderBuildResult Full(OutputLock held, SiteInput input, BuildOptions options, FolderBuildSettings settings, BuildCache? cache, string siteId, OutputInspection inspection)
    {
        using var writer = AtomicSiteWriter.Open(held);
        var recorder = cache is null ? null : new ManifestRecorder(writer.Sink);
        var result = SiteBuilder.Build(input, options, CancellingSink.Wrap(recorder ?? writer.Sink, settings.Cancellation), cache);
        if (!result.Succeeded || (settings.Strict && !result.SucceededStrictly))
        {
            writer.Abort();
            cache?.Save();
            return new(FolderBuildOutcome.Failed, result);
        }
        settings.Cancellation.ThrowIfCancellationRequested();
        options.StageStarted?.Invoke("commit");
        var meter = StageMeter.Start();
        cache?.ForgetManifest(held.Output);
        if (writer.Commit(siteId, inspection.Kept, settings.Observe, settings.Exchange) is { } conflict)
        {
            cache?.Save();
            return new(FolderBuildOutcome.Refused, result, conflict);
        }
        if (cache is not null)
        {
            SaveSideBySide(cache, held.Output, recorder!.Manifest(held.Output));
        }
        return new(FolderBuildOutcome.Built, WithCommit(result, meter));
    }

    /// <summary>
    /// Only what changed since the last build into this folder: unchanged pages are not rendered, unchanged bytes
    /// not rewritten. The manifest is forgotten before the first file moves, so a build killed while moving them
    /// is followed by a full build, never trusted.
    /// </summary>
    private static FolderBuildResult Incremental(OutputLock held, SiteInput input, BuildOptions options, FolderBuildSettings settings, BuildCache cache, OutputManifest previous, string siteId, OutputInspection inspection)
    {
        using var writer = IncrementalSiteWriter.Open(held, previous, inspection.Owned);
        // What a rebuild allocates is mostly the model it decodes from the index: about 7.5 times the index's size at 10,000 briefings.
        using var quiet = QuietCollector.For(cache.IndexLength * 10);
        var result = SiteBuilder.Build(input, options, CancellingSink.Wrap(writer, settings.Cancellation), cache);
        if (!result.Succeeded || (settings.Strict && !result.SucceededStrictly))
        {
            writer.Abort();
            cache.Save();
            return new(FolderBuildOutcome.Failed, result);
        }
        settings.Cancellation.ThrowIfCancellationRequested();
        options.StageStarted?.Invoke("commit");
        var meter = StageMeter.Start();
        cache.ForgetManifest(held.Output);
        settings.Observe?.Invoke(CommitStep.Starting);
        var (manifest, conflict) = writer.Commit(siteId, out var rewritten);
        settings.Observe?.Invoke(CommitStep.Committed);
        if (manifest is null)
        {
            cache.Save();
            return new(FolderBuildOutcome.Refused, result, conflict);
        }
        SaveSideBySide(cache, held.Output, manifest);
        return new(FolderBuildOutcome.Built, WithCommit(result, meter)) { Rendered = writer.Rendered, Rewritten = rewritten };
    }

    /// <summary>After a failed write: what the journal says is finished or undone now, rather than at the next build.</summary>
    private static string TryRecover(string output)
    {
        // Without a journal the swap had not begun: the staging folder went with the writer, the output is as it was.
        if (!File.Exists(SwapJournal.PathIn(OutputLock.WorkFolder(output)))) return "";
        try
        {
            using var held = OutputLock.TryAcquire(output);
            if (held is null) return "";
            SwapJournal.Recover(held);
            return " (the swap had begun: the previous site was put back, or the new one finished)";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return " (the next build will finish or undo the swap)";
        }
    }

    private static bool IsCancellation(Exception e) =>
        e is OperationCanceledException || e is AggregateException aggregate && aggregate.Flatten().InnerExceptions.Any(i => i is OperationCanceledException);

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
}
