using System.IO.Hashing;
using Briefings.Caching;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Glossary;
using Briefings.Model;
using Briefings.Pipeline;
using Briefings.Rendering.Templates;
using Briefings.Timeline;

namespace Briefings.Metadata;

/// <summary>Stage 2, parse: each briefing's files on their own (in parallel), the timeline and glossary files, the templates.</summary>
public static class SiteParser
{
    public static Staged<ParsedSite> Parse(LoadedSite loaded, BuildCache? cache = null)
    {
        var diagnostics = new DiagnosticBag();
        // The timeline, glossary and templates (each read on one thread: a site's timeline is often one large
        // file) are read while the briefings are, instead of after them; diagnostics are sorted in the end.
        var shared = Task.Run(() =>
        {
            var bag = new DiagnosticBag();
            var events = TimelineLoader.Load(loaded.Input, bag, cache);
            var terms = GlossaryLoader.Load(loaded.Input, bag);
            var templates = TemplateSet.Parse(loaded.Theme);
            foreach (var diagnostic in templates.Diagnostics) bag.Add(diagnostic);
            return (events, terms, templates.Value, bag);
        });
        var briefings = new List<Briefing>();
        var keys = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        foreach (var (key, (briefing, found)) in loaded.Sources.AsParallel().AsOrdered().Select(source => Parse(source, loaded.Config, cache)))
        {
            foreach (var diagnostic in found) diagnostics.Add(diagnostic);
            if (briefing is null) continue;
            briefings.Add(briefing);
            if (key is { } known) keys[briefing.MetadataFile.Path] = known;
        }
        var (events, terms, templates, sharedDiagnostics) = shared.GetAwaiter().GetResult();
        foreach (var diagnostic in sharedDiagnostics.ToSortedList()) diagnostics.Add(diagnostic);
        return Staged<ParsedSite>.From(new ParsedSite(briefings, events, terms, templates) { SourceKeys = keys }, diagnostics);
    }

    /// <summary>
    /// One briefing, from the cache when its files are the ones an earlier build read (then its texts are only
    /// decoded if something needs them), else parsed and kept in the cache. The key names the briefing's files.
    /// </summary>
    private static (UInt128? Key, Staged<Briefing?> Briefing) Parse(BriefingSource source, SiteConfig config, BuildCache? cache)
    {
        if (cache is null) return (null, ParseBriefing(source, config));
        // Each file is read once here, for its key and (on a miss) its parse; the briefing keeps its texts only
        // weakly, read again from the file (checked against these bytes) if something needs them later.
        var snapshot = source with { Markdown = Snapshot(source.Markdown), Text = Snapshot(source.Text), Sidecar = Snapshot(source.Sidecar) };
        var key = SourceKey(snapshot);
        var metadataFile = source.Markdown ?? source.Sidecar!;
        var bodyFile = source.Markdown ?? source.Text!;
        var metadataHash = XxHash3.HashToUInt64((snapshot.Markdown ?? snapshot.Sidecar!).Bytes);
        // A Markdown briefing's body is in its metadata file: one hash for both.
        var bodyHash = snapshot.Markdown is null ? XxHash3.HashToUInt64(snapshot.Text!.Bytes) : metadataHash;
        if (!cache.TryGetBriefing(key, out var cached))
        {
            var diagnostics = new DiagnosticBag();
            var read = BriefingParser.Read(snapshot, diagnostics);
            if (read is not { } fresh) return (key, Staged<Briefing?>.From(null, diagnostics));
            cache.KeepBriefing(key, new CachedBriefing(fresh.Reading, diagnostics.ToSortedList()));
            var freshMetadata = TextDecoder.DecodeLater(metadataFile, metadataHash, fresh.Metadata.Text);
            var freshBody = source.Markdown is null ? TextDecoder.DecodeLater(bodyFile, bodyHash, fresh.Body.Text) : freshMetadata;
            return (key, Staged<Briefing?>.From(BriefingParser.ToBriefing(fresh.Reading, freshMetadata, freshBody, source.Name, config), diagnostics));
        }
        var metadata = TextDecoder.DecodeLater(metadataFile, metadataHash);
        var body = source.Markdown is null ? TextDecoder.DecodeLater(bodyFile, bodyHash) : metadata;
        var briefing = BriefingParser.ToBriefing(cached.Reading, metadata, body, source.Name, config);
        var found = new DiagnosticBag();
        foreach (var diagnostic in cached.Diagnostics) found.Add(diagnostic);
        return (key, Staged<Briefing?>.From(briefing, found));
    }

    private static InputFile? Snapshot(InputFile? file) => file is null ? null : new InputFile(file.Path, file.Bytes) { TooLargeSize = file.TooLargeSize };

    /// <summary>A hash of the briefing's files, paths and bytes: what its cache entries are keyed on.</summary>
    public static UInt128 SourceKey(BriefingSource source)
    {
        var key = new CacheKey().Add("briefing").Add(source.Name);
        foreach (var file in new[] { source.Markdown, source.Text, source.Sidecar })
        {
            key.Add(file?.Path).Add(file?.TooLargeSize is not null).Add(file is null ? [] : file.Bytes);
        }
        return key.Build();
    }

    /// <summary>One briefing's files, alone: a pure unit whose result depends only on them and the site's defaults.</summary>
    public static Staged<Briefing?> ParseBriefing(BriefingSource source, SiteConfig config)
    {
        var diagnostics = new DiagnosticBag();
        return Staged<Briefing?>.From(BriefingParser.Parse(source, config, diagnostics), diagnostics);
    }
}
