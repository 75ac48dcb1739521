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
        // The timeline, the glossary and the templates are read each on its own thread while the briefings are, instead
        // of after them (a site's timeline or glossary is often one large file); diagnostics are sorted in the end.
        var names = new NameSlugs();
        var timeline = Task.Run(() =>
        {
            var bag = new DiagnosticBag();
            return (TimelineLoader.Load(loaded.Input, bag, cache, names), bag);
        });
        var glossary = Task.Run(() =>
        {
            var bag = new DiagnosticBag();
            return (GlossaryLoader.Load(loaded.Input, bag), bag);
        });
        var theme = Task.Run(() => TemplateSet.Parse(loaded.Theme));
        var briefings = new List<Briefing>();
        var keys = new Dictionary<string, UInt128>(StringComparer.Ordinal);
        var unreadable = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, (key, (briefing, found))) in loaded.Sources.AsParallel().AsOrdered().Select(source => (source.Name, Parse(source, loaded.Config, cache, names))))
        {
            foreach (var diagnostic in found) diagnostics.Add(diagnostic);
            if (briefing is null)
            {
                unreadable.Add(name);
                continue;
            }
            briefings.Add(briefing);
            if (key is { } known) keys[briefing.MetadataFile.Path] = known;
        }
        var (events, timelineDiagnostics) = timeline.GetAwaiter().GetResult();
        var (terms, glossaryDiagnostics) = glossary.GetAwaiter().GetResult();
        var templates = theme.GetAwaiter().GetResult();
        var shared = new DiagnosticBag();
        foreach (var diagnostic in timelineDiagnostics.ToSortedList().Concat(glossaryDiagnostics.ToSortedList()).Concat(templates.Diagnostics)) shared.Add(diagnostic);
        foreach (var diagnostic in shared.ToSortedList()) diagnostics.Add(diagnostic);
        return Staged<ParsedSite>.From(new ParsedSite(briefings, events, terms, templates.Value) { SourceKeys = keys, Unreadable = unreadable }, diagnostics);
    }

    /// <summary>
    /// One briefing, from the cache when its files are the ones an earlier build read (then its texts are only
    /// decoded if something needs them), else parsed and kept in the cache. The key names the briefing's files.
    /// </summary>
    private static (UInt128? Key, Staged<Briefing?> Briefing) Parse(BriefingSource source, SiteConfig config, BuildCache? cache, NameSlugs names)
    {
        if (cache is null) return (null, ParseBriefing(source, config, names));
        // Each file is read once here, into a pooled buffer, for its key and (on a miss) its parse; the briefing keeps
        // its texts only weakly, read again from the file (checked against this hash) if something needs them later.
        using var markdown = Lend(source.Markdown);
        using var text = Lend(source.Text);
        using var sidecar = Lend(source.Sidecar);
        var hashes = (Markdown: XxHash128.HashToUInt128(markdown.Span), Text: XxHash128.HashToUInt128(text.Span), Sidecar: XxHash128.HashToUInt128(sidecar.Span));
        var key = SourceKey(source, hashes.Markdown, hashes.Text, hashes.Sidecar);
        var metadataFile = source.Markdown ?? source.Sidecar!;
        var bodyFile = source.Markdown ?? source.Text!;
        // A Markdown briefing's body is in its metadata file: one hash for both.
        var metadataHash = source.Markdown is null ? hashes.Sidecar : hashes.Markdown;
        var bodyHash = source.Markdown is null ? hashes.Text : metadataHash;
        if (!cache.TryGetBriefing(key, out var cached))
        {
            var snapshot = source with { Markdown = Snapshot(source.Markdown, markdown), Text = Snapshot(source.Text, text), Sidecar = Snapshot(source.Sidecar, sidecar) };
            var diagnostics = new DiagnosticBag();
            var read = BriefingParser.Read(snapshot, diagnostics);
            if (read is not { } fresh) return (key, Staged<Briefing?>.From(null, diagnostics));
            cache.KeepBriefing(key, new CachedBriefing(fresh.Reading, diagnostics.ToSortedList()));
            var freshMetadata = TextDecoder.DecodeLater(metadataFile, metadataHash, fresh.Metadata.Text);
            var freshBody = source.Markdown is null ? TextDecoder.DecodeLater(bodyFile, bodyHash, fresh.Body.Text) : freshMetadata;
            return (key, Staged<Briefing?>.From(BriefingParser.ToBriefing(fresh.Reading, freshMetadata, freshBody, source.Name, config, names), diagnostics));
        }
        var metadata = TextDecoder.DecodeLater(metadataFile, metadataHash);
        var body = source.Markdown is null ? TextDecoder.DecodeLater(bodyFile, bodyHash) : metadata;
        var briefing = BriefingParser.ToBriefing(cached.Reading, metadata, body, source.Name, config, names);
        return (key, new Staged<Briefing?>(briefing, cached.Diagnostics));
    }

    private static PooledBytes Lend(InputFile? file) => file?.Lend() ?? PooledBytes.Of([]);

    private static InputFile? Snapshot(InputFile? file, PooledBytes bytes) =>
        file is null ? null : new InputFile(file.Path, bytes.ToArray()) { TooLargeSize = file.TooLargeSize };

    /// <summary>A hash of the briefing's files, paths and bytes (given by their hashes): what its cache entries are keyed on.</summary>
    private static UInt128 SourceKey(BriefingSource source, UInt128 markdown, UInt128 text, UInt128 sidecar)
    {
        var key = new CacheKey().Add("briefing").Add(source.Name);
        foreach (var (file, hash) in new[] { (source.Markdown, markdown), (source.Text, text), (source.Sidecar, sidecar) })
        {
            key.Add(file?.Path).Add(file?.TooLargeSize is not null).Add(hash);
        }
        return key.Build();
    }

    /// <summary>One briefing's files, alone: a pure unit whose result depends only on them and the site's defaults.</summary>
    /// <param name="names">The build's tags and actors, made once each; null for a briefing parsed alone.</param>
    public static Staged<Briefing?> ParseBriefing(BriefingSource source, SiteConfig config, NameSlugs? names = null)
    {
        var diagnostics = new DiagnosticBag();
        return Staged<Briefing?>.From(BriefingParser.Parse(source, config, diagnostics, names), diagnostics);
    }
}
