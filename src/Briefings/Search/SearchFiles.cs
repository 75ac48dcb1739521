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

    /// <param name="addressOf">The root-relative address of a document's page, with its anchor.</param>
    public static List<(string Path, byte[] Bytes)> Write(SearchIndex index, Func<SearchDocument, string> addressOf)
    {
        var keyFiles = KeyFiles(index);
        var kinds = new[] { index.Briefings, index.Terms, index.Events };
        var textFiles = new List<(int Start, int Count)>();
        var start = 0;
        for (var kind = 0; kind < kinds.Length; kind++)
        {
            for (var i = 0; i < kinds[kind]; i += DocumentsPerFile(kind)) textFiles.Add((start + i, Math.Min(DocumentsPerFile(kind), kinds[kind] - i)));
            start += kinds[kind];
        }

        var files = new (string Path, byte[] Bytes)[1 + keyFiles.Count + textFiles.Count];
        files[0] = (Router.SearchMeta, Script("meta", json =>
        {
            json.WriteStartObject();
            json.WriteNumber("v", 1);
            json.WriteStartArray("n");
            foreach (var count in kinds) json.WriteNumberValue(count);
            json.WriteEndArray();
            json.WriteStartArray("f");
            for (var kind = 0; kind < kinds.Length; kind++) json.WriteNumberValue(DocumentsPerFile(kind));
            json.WriteEndArray();
            json.WriteStartArray("k");
            foreach (var (first, _) in keyFiles) json.WriteStringValue(index.Keys[first]);
            json.WriteEndArray();
            json.WriteEndObject();
        }));
        Parallel.For(0, keyFiles.Count + textFiles.Count, n =>
        {
            if (n < keyFiles.Count)
            {
                var (first, count) = keyFiles[n];
                files[1 + n] = (Router.SearchKeys(n), Script($"i{n}", json => WriteKeys(json, index, first, count)));
            }
            else
            {
                var t = n - keyFiles.Count;
                var (first, count) = textFiles[t];
                files[1 + n] = (Router.SearchTexts(t), Script($"f{t}", json => WriteTexts(json, index, first, count, addressOf)));
            }
        });
        return [.. files];
    }

    /// <summary>The key files as ranges of keys: each closed once it holds about <see cref="KeyFileBytes"/> (a key whose
    /// postings are longer has a file of its own, whole).</summary>
    private static List<(int First, int Count)> KeyFiles(SearchIndex index)
    {
        var files = new List<(int, int)>();
        var first = 0;
        long bytes = 0;
        for (var k = 0; k < index.Keys.Count; k++)
        {
            bytes += Encoding.UTF8.GetByteCount(index.Keys[k]) + 6 + index.Postings[k].Length * 3L;
            if (bytes >= KeyFileBytes)
            {
                files.Add((first, k + 1 - first));
                first = k + 1;
                bytes = 0;
            }
        }
        if (first < index.Keys.Count || files.Count == 0) files.Add((first, index.Keys.Count - first));
        return files;
    }

    private static void WriteKeys(Utf8JsonWriter json, SearchIndex index, int first, int count)
    {
        json.WriteStartArray();
        for (var k = first; k < first + count; k++)
        {
            json.WriteStartArray();
            json.WriteStringValue(index.Keys[k]);
            json.WriteStartArray();
            var previous = 0;
            foreach (var posting in index.Postings[k])
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

    private static void WriteTexts(Utf8JsonWriter json, SearchIndex index, int first, int count, Func<SearchDocument, string> addressOf)
    {
        json.WriteStartArray();
        for (var d = first; d < first + count; d++)
        {
            var document = index.Documents[d];
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
    private static byte[] Script(string name, Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        buffer.Write(Encoding.UTF8.GetBytes($"{Callback}(\"{name}\","));
        using (var json = new Utf8JsonWriter(buffer, ScriptSafeJson.Options)) write(json);
        buffer.Write(");\n"u8);
        return buffer.WrittenSpan.ToArray();
    }
}
