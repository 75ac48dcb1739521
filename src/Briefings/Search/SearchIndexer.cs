using System.Collections.Concurrent;
using Briefings.Diagnostics;
using Briefings.Markdown;
using Briefings.Model;
using Briefings.Pipeline;
using Briefings.Planning;
using Briefings.Routing;
using Briefings.Timeline;

namespace Briefings.Search;

/// <summary>
/// Stage "index": every published briefing, glossary term and timeline event as a search document, and the keys
/// of their words (<see cref="SearchKeys"/>) with the documents that hold each. Nothing is left out: every word
/// of every document is a key.
/// </summary>
public static class SearchIndexer
{
    /// <param name="router">Where each document's page is: a result links to it.</param>
    public static Staged<SearchIndex?> Index(SiteModel site, ProcessedSite processed, Router router)
    {
        if (!site.Config.Search) return Staged<SearchIndex?>.From(null, new DiagnosticBag());
        // Where each event is on the timeline: the plan splits it the same way.
        var eventPages = TimelineSplitter.Pages(TimelineSplitter.Split(site.Timeline.Events, Router.Timeline));
        var kinds = new[] { site.Briefings.Count, site.Glossary.Terms.Count, site.Timeline.Events.Count };
        var textFiles = SearchFiles.TextFiles(kinds);
        var total = kinds.Sum();

        // Each text file's documents are made, keyed and written together, then dropped: only their keys' numbers stay,
        // so the site's text is never held whole. Each key gets a number once, shared by the threads.
        var numbers = new KeyNumbers();
        var perDocument = new int[total][];
        var files = new (string Path, byte[] Bytes)[textFiles.Count];
        Parallel.For(0, textFiles.Count, () => new KeyCounter(numbers), (f, _, counter) =>
        {
            var (first, count) = textFiles[f];
            var documents = new SearchDocument[count];
            for (var d = 0; d < count; d++)
            {
                documents[d] = Document(site, processed, first + d, counter.Text);
                perDocument[first + d] = counter.Count(documents[d]);
            }
            files[f] = SearchFiles.Texts(f, documents, d => Address(d, router, eventPages), counter.Buffer);
            return counter;
        }, _ => { });

        var keys = new string?[numbers.Count];
        foreach (var (key, id) in numbers.Ids) keys[id] = key;
        var counts = new int[keys.Length];
        foreach (var entries in perDocument)
        {
            foreach (var entry in entries) counts[entry >> 2]++;
        }
        var postings = new int[keys.Length][];
        for (var k = 0; k < keys.Length; k++) postings[k] = new int[counts[k]];
        Array.Clear(counts);
        for (var doc = 0; doc < perDocument.Length; doc++)
        {
            foreach (var entry in perDocument[doc])
            {
                var k = entry >> 2;
                postings[k][counts[k]++] = doc * 4 + (entry & 3);
            }
        }
        var order = Enumerable.Range(0, keys.Length).Where(k => keys[k] is not null).ToArray();
        Array.Sort(order, (a, b) => string.CompareOrdinal(keys[a], keys[b]));
        var keyFiles = SearchFiles.Keys(order.Select(k => keys[k]!).ToArray(), order.Select(k => postings[k]).ToArray(), kinds);
        var index = new SearchIndex([.. keyFiles, .. files], total, order.Length);
        return Staged<SearchIndex?>.From(index, new DiagnosticBag());
    }

    /// <summary>Where a result leads: a briefing's page, a term's page, an event on the timeline page that holds it.</summary>
    private static string Address(SearchDocument document, Router router, IReadOnlyDictionary<string, string> eventPages) => document.Kind switch
    {
        SearchKind.Briefing => router.Briefing(document.Target),
        SearchKind.Term => router.GlossaryTerm(document.Target),
        _ => Router.Event(eventPages[document.Target], document.Target),
    };

    /// <summary>Document <paramref name="id"/>: the briefings first (newest first, as the site lists them), then terms, then events.</summary>
    /// <param name="buffer">Where a body's text is gathered, cleared first.</param>
    public static SearchDocument Document(SiteModel site, ProcessedSite processed, int id, System.Text.StringBuilder buffer)
    {
        var language = site.Config.Language;
        if (id < site.Briefings.Count)
        {
            var b = site.Briefings[id];
            buffer.Clear();
            if (b.Summary is { Length: > 0 } summary) buffer.Append(summary).Append(' ');
            var text = HtmlPlainText.Of(site.BodyOf(b).Processed.Html.Read(), buffer).ToString();
            var extra = string.Join(" ", b.Tags.Select(t => t.Name).Concat(b.Authors).Append(b.Source?.Name ?? ""));
            return new SearchDocument(SearchKind.Briefing, b.Slug, b.Title, text, extra, b.Language == language ? null : b.Language);
        }
        id -= site.Briefings.Count;
        if (id < site.Glossary.Terms.Count)
        {
            var term = site.Glossary.Terms[id];
            var definition = processed.Definitions.TryGetValue(term.Id, out var d) ? HtmlPlainText.Of(d.Html) : "";
            var forms = string.Join(" ", term.Aliases.Prepend(term.Abbreviation ?? ""));
            return new SearchDocument(SearchKind.Term, term.Id, term.Term, definition, forms, term.Language is { } l && l != language ? l : null);
        }
        var e = site.Timeline.Events[id - site.Glossary.Terms.Count];
        var eventSummary = e.Summary is { } s && processed.Summaries.TryGetValue(s, out var html) ? HtmlPlainText.Of(html) : "";
        var parts = new List<string> { EdtfWording.Format(e.Date, language) };
        if (e.Place is { Length: > 0 } place) parts.Add(place);
        if (e.Actors.Count > 0) parts.Add(string.Join(", ", e.Actors.Select(a => a.Name)));
        if (eventSummary.Length > 0) parts.Add(eventSummary);
        return new SearchDocument(SearchKind.Event, e.Id, e.Title, string.Join(" · ", parts), string.Join(" ", e.Tags.Select(t => t.Name)), null);
    }

    /// <summary>The number of each key, given once whichever thread meets it first (a number lost to a race is a gap, skipped).</summary>
    private sealed class KeyNumbers
    {
        private int _last = -1;

        public ConcurrentDictionary<string, int> Ids { get; } = new(StringComparer.Ordinal);

        public int Count => _last + 1;

        public int Of(string key) => Ids.GetOrAdd(key, static (_, self) => Interlocked.Increment(ref self._last), this);
    }

    /// <summary>One thread's counter: the keys of a document with how often, each numbered through the shared table.</summary>
    private sealed class KeyCounter
    {
        private readonly KeyNumbers _numbers;
        private readonly Dictionary<string, int> _known = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> _knownBySpan;
        private readonly Dictionary<int, int> _counts = [];
        private readonly SearchKeys.KeyFound _inTitle;
        private readonly SearchKeys.KeyFound _inText;

        /// <summary>This thread's builder for bodies' texts and buffer for the files it writes.</summary>
        public System.Text.StringBuilder Text { get; } = new();

        public System.Buffers.ArrayBufferWriter<byte> Buffer { get; } = new(64 * 1024);

        public KeyCounter(KeyNumbers numbers)
        {
            _numbers = numbers;
            _knownBySpan = _known.GetAlternateLookup<ReadOnlySpan<char>>();
            _inTitle = key => Add(key, TitleFlag);
            _inText = key => Add(key, 0);
        }

        public int[] Count(SearchDocument document)
        {
            _counts.Clear();
            SearchKeys.Each(document.Title, _inTitle);
            // A term's other forms (abbreviation, aliases) are names as its title is; a briefing's tags and authors are not.
            SearchKeys.Each(document.Extra, document.Kind == SearchKind.Term ? _inTitle : _inText);
            SearchKeys.Each(document.Text, _inText);
            var entries = new int[_counts.Count];
            var i = 0;
            foreach (var (id, count) in _counts)
            {
                var weight = (count & TitleFlag) != 0 ? SearchIndex.TitleWeight : Math.Min(count, 3) - 1;
                entries[i++] = id << 2 | weight;
            }
            return entries;
        }

        private void Add(ReadOnlySpan<char> key, int flag)
        {
            if (!_knownBySpan.TryGetValue(key, out var id))
            {
                var text = key.ToString();
                id = _numbers.Of(text);
                _known[text] = id;
            }
            ref var count = ref System.Runtime.InteropServices.CollectionsMarshal.GetValueRefOrAddDefault(_counts, id, out _);
            count = (count | flag) + 1;
        }

        private const int TitleFlag = 1 << 30;
    }
}
