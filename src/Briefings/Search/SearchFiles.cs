using System.Buffers;
using System.Text;
using System.Text.Json;
using Briefings.Rendering;
using Briefings.Routing;

namespace Briefings.Search;

/// <summary>
/// The index as files a page loads with <c>&lt;script&gt;</c> elements, which browsers run from <c>file://</c> where
/// <c>fetch</c>, modules and WebAssembly are refused: each file calls <c>window.__briefingsSearch(name, data)</c>.
/// <list type="bullet">
/// <item><c>search/meta.js</c>: the first key of each key file and how documents are spread over text files;</item>
/// <item><c>search/i/N.js</c>: keys in ordinal order with their postings (deltas of document ids × 4 + weight), cut at
/// about <see cref="KeyFileBytes"/>, so a query loads the one or two files its words fall in;</item>
/// <item><c>search/f/N.js</c>: each document's address, title, kind, text and language, a few per file, so the ten
/// results shown load at most ten small files.</item>
/// </list>
/// </summary>
public static class SearchFiles
{
    public const int KeyFileBytes = 32 * 1024;

    /// <summary>Documents per text file, by kind (0 briefings, 1 terms, 2 events): a briefing's text is some kilobytes, a
    /// term's or an event's a few hundred bytes.</summary>
    public static int DocumentsPerFile(int kind) => kind == 0 ? 2 : 16;

    public const string Callback = "window.__briefingsSearch";

    /// <summary>The documents of each text file, as ranges of document ids: files never mix kinds.</summary>
    /// <param name="kinds">How many briefings, terms and events there are.</param>
    public static IReadOnlyList<(int First, int Count)> TextFiles(IReadOnlyList<int> kinds)
    {
        var files = new List<(int, int)>();
        var start = 0;
        for (var kind = 0; kind < kinds.Count; kind++)
        {
            for (var i = 0; i < kinds[kind]; i += DocumentsPerFile(kind)) files.Add((start + i, Math.Min(DocumentsPerFile(kind), kinds[kind] - i)));
            start += kinds[kind];
        }
        return files;
    }

    /// <summary>Text file <paramref name="number"/>: its documents' addresses, titles, kinds, texts and languages.</summary>
    /// <param name="addressOf">The root-relative address of a document's page, with its anchor.</param>
    /// <param name="buffer">Where the file is written before its bytes are copied out; reused by the caller.</param>
    public static (string Path, byte[] Bytes) Texts(int number, IReadOnlyList<SearchDocument> documents, Func<SearchDocument, string> addressOf,
        ArrayBufferWriter<byte>? buffer = null) =>
        (Router.SearchTexts(number), Script($"f{number}", json => WriteTexts(json, documents, addressOf), buffer));

    /// <summary><c>meta.js</c> and the key files.</summary>
    /// <param name="keys">Every key, in ordinal order.</param>
    /// <param name="postings">Each key's documents, ascending, as <c>id × 4 + weight</c>.</param>
    public static List<(string Path, byte[] Bytes)> Keys(IReadOnlyList<string> keys, IReadOnlyList<int[]> postings, IReadOnlyList<int> kinds)
    {
        var keyFiles = KeyFiles(keys, postings);
        var files = new (string Path, byte[] Bytes)[1 + keyFiles.Count];
        files[0] = (Router.SearchMeta, Script("meta", json =>
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteStartArray("n");
            foreach (var count in kinds) json.WriteNumberValue(count);
            json.WriteEndArray();
            json.WriteStartArray("f");
            for (var kind = 0; kind < kinds.Count; kind++) json.WriteNumberValue(DocumentsPerFile(kind));
            json.WriteEndArray();
            json.WriteStartArray("k");
            foreach (var (first, _) in keyFiles) json.WriteStringValue(first < keys.Count ? keys[first] : "");
            json.WriteEndArray();
            json.WriteEndObject();
        }));
        Parallel.For(0, keyFiles.Count, n =>
        {
            var (first, count) = keyFiles[n];
            files[1 + n] = (Router.SearchKeys(n), Script($"i{n}", json => WriteKeys(json, keys, postings, first, count)));
        });
        return [.. files];
    }

    /// <summary>The key files as ranges of keys: each closed once it holds about <see cref="KeyFileBytes"/> (a key whose
    /// postings are longer has a file of its own, whole).</summary>
    private static List<(int First, int Count)> KeyFiles(IReadOnlyList<string> keys, IReadOnlyList<int[]> postings)
    {
        var files = new List<(int, int)>();
        var first = 0;
        long bytes = 0;
        for (var k = 0; k < keys.Count; k++)
        {
            bytes += Encoding.UTF8.GetByteCount(keys[k]) + 6 + postings[k].Length * 3L;
            if (bytes >= KeyFileBytes)
            {
                files.Add((first, k + 1 - first));
                first = k + 1;
                bytes = 0;
            }
        }
        if (first < keys.Count || files.Count == 0) files.Add((first, keys.Count - first));
        return files;
    }

    private static void WriteKeys(Utf8JsonWriter json, IReadOnlyList<string> keys, IReadOnlyList<int[]> postings, int first, int count)
    {
        json.WriteStartArray();
        for (var k = first; k < first + count; k++)
        {
            json.WriteStartArray();
            json.WriteStringValue(keys[k]);
            json.WriteStartArray();
            var previous = 0;
            foreach (var posting in postings[k])
            {
                var doc = posting >> 2;
                json.WriteNumberValue((doc - previous) * 4 + (posting & 3));
                previous = doc;
            }
            json.WriteEndArray();
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    private static void WriteTexts(Utf8JsonWriter json, IReadOnlyList<SearchDocument> documents, Func<SearchDocument, string> addressOf)
    {
        json.WriteStartArray();
        foreach (var document in documents)
        {
            json.WriteStartArray();
            json.WriteStringValue(addressOf(document));
            json.WriteStringValue(document.Title);
            json.WriteStringValue(document.Kind switch { SearchKind.Briefing => "b", SearchKind.Term => "t", _ => "e" });
            json.WriteStringValue(document.Text);
            if (document.Language is { } language) json.WriteStringValue(language);
            json.WriteEndArray();
        }
        json.WriteEndArray();
    }

    /// <summary>A classic script that hands <paramref name="name"/>'s data to the page: <c>window.__briefingsSearch("i3",[…]);</c></summary>
    private static byte[] Script(string name, Action<Utf8JsonWriter> write, ArrayBufferWriter<byte>? buffer = null)
    {
        if (buffer is null) buffer = new ArrayBufferWriter<byte>(4096);
        else buffer.ResetWrittenCount();
        buffer.Write(Encoding.UTF8.GetBytes($"{Callback}(\"{name}\","));
        using (var json = new Utf8JsonWriter(buffer, ScriptSafeJson.Options)) write(json);
        buffer.Write(");\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
