using Briefings.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Briefings.Metadata;

/// <summary>
/// Parses one YAML document into <see cref="YamlNode"/>s that remember their offsets, reading
/// YamlDotNet's parser events. Errors become diagnostics; nothing here throws for bad input.
/// </summary>
public static class YamlLoader
{
    /// <summary>Parses <paramref name="length"/> characters of <paramref name="source"/> from <paramref name="start"/>
    /// (a front matter block inside a Markdown file, or the whole file). Returns null for an empty document or on error.</summary>
    public static YamlNode? Load(SourceText source, DiagnosticBag diagnostics, int start = 0, int? length = null, YamlLimits? limits = null)
    {
        limits ??= YamlLimits.Default;
        var count = length ?? source.Text.Length - start;
        if (count > limits.MaxCharacters)
        {
            diagnostics.Error(DiagnosticCodes.YamlTooLarge, source.LocationOf(start),
                $"this YAML is {count:N0} characters long, more than the limit of {limits.MaxCharacters:N0}");
            return null;
        }

        var reader = new Reader(source, start, limits);
        try
        {
            return reader.ReadStream(new Parser(new StringReader(source.Text.Substring(start, count))), diagnostics);
        }
        catch (YamlException e)
        {
            diagnostics.Error(DiagnosticCodes.YamlSyntax, source.LocationOf(start + (int)e.Start.Index), CleanMessage(e));
            return null;
        }
        catch (LimitExceededException e)
        {
            diagnostics.Error(e.Code, source.LocationOf(e.Offset), e.Message);
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner gives up this way on some malformed input (found by the fuzz tests).
            diagnostics.Error(DiagnosticCodes.YamlSyntax, source.LocationOf(Math.Max(start, reader.LastOffset)), "YAML syntax error: the document cannot be read from here on");
            return null;
        }
    }

    private static string CleanMessage(YamlException e)
    {
        // YamlDotNet prefixes messages with "(Line: 1, Col: 2, Idx: 1) - (...): "; we print our own position.
        var message = e.InnerException is YamlException inner ? inner.Message : e.Message;
        var cut = message.IndexOf("): ", StringComparison.Ordinal);
        if (message.StartsWith("(Line", StringComparison.Ordinal) && cut >= 0) message = message[(cut + 3)..];
        return "YAML syntax error: " + message.TrimEnd('.');
    }

    private sealed class LimitExceededException(string code, int offset, string message) : Exception(message)
    {
        public string Code { get; } = code;
        public int Offset { get; } = offset;
    }

    private sealed class Reader(SourceText source, int start, YamlLimits limits)
    {
        private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
        private long _nodes;

        /// <summary>Where the last event read starts: the best position for an error the parser gives none for.</summary>
        public int LastOffset { get; private set; }

        public YamlNode? ReadStream(IParser parser, DiagnosticBag diagnostics)
        {
            parser.Consume<StreamStart>();
            if (parser.TryConsume<StreamEnd>(out _)) return null;

            parser.Consume<DocumentStart>();
            var root = ReadNode(parser, 0, diagnostics);
            parser.Consume<DocumentEnd>();

            if (parser.Accept<DocumentStart>(out var second))
            {
                diagnostics.Error(DiagnosticCodes.YamlMultipleDocuments, At(second.Start),
                    "only one YAML document is allowed here (remove the second '---')");
                return null;
            }
            return root is YamlScalar { IsNull: true } ? null : root;
        }

        private YamlNode ReadNode(IParser parser, int depth, DiagnosticBag diagnostics)
        {
            if (depth > limits.MaxDepth)
            {
                throw new LimitExceededException(DiagnosticCodes.YamlTooDeep, Offset(parser.Current!.Start),
                    $"YAML nested more than {limits.MaxDepth} levels deep");
            }

            YamlNode node;
            string? anchor = null;
            if (parser.Current is { } current) LastOffset = Offset(current.Start);
            switch (parser.Current)
            {
                case AnchorAlias alias:
                    parser.MoveNext();
                    if (!_anchors.TryGetValue(alias.Value.Value, out var target))
                    {
                        throw new YamlException(alias.Start, alias.End, $"unknown alias '*{alias.Value.Value}'");
                    }
                    Count(target.Size, alias.Start);
                    return target;

                case Scalar scalar:
                    parser.MoveNext();
                    anchor = scalar.Anchor.IsEmpty ? null : scalar.Anchor.Value;
                    node = new YamlScalar(scalar.Value, scalar.Style == ScalarStyle.Plain, Offset(scalar.Start));
                    break;

                case SequenceStart sequenceStart:
                    parser.MoveNext();
                    anchor = sequenceStart.Anchor.IsEmpty ? null : sequenceStart.Anchor.Value;
                    var items = new List<YamlNode>();
                    while (!parser.TryConsume<SequenceEnd>(out _)) items.Add(ReadNode(parser, depth + 1, diagnostics));
                    node = new YamlSequence(items, Offset(sequenceStart.Start));
                    break;

                case MappingStart mappingStart:
                    parser.MoveNext();
                    anchor = mappingStart.Anchor.IsEmpty ? null : mappingStart.Anchor.Value;
                    node = ReadMapping(parser, mappingStart, depth, diagnostics);
                    break;

                case null:
                    throw new YamlException(Mark.Empty, Mark.Empty, "unexpected end of the document");
                default:
                    var unexpected = parser.Current;
                    throw new YamlException(unexpected.Start, unexpected.End, $"unexpected {unexpected.GetType().Name}");
            }

            if (anchor is not null) _anchors[anchor] = node;
            return node;
        }

        private YamlMapping ReadMapping(IParser parser, MappingStart mappingStart, int depth, DiagnosticBag diagnostics)
        {
            var entries = new List<KeyValuePair<YamlScalar, YamlNode>>();
            // Keys seen so far are looked up in the entries while they are few (most maps have a handful of keys,
            // and a dictionary each cost more than the rest of the reading); past that, in a dictionary.
            Dictionary<string, YamlScalar>? seen = null;
            while (!parser.TryConsume<MappingEnd>(out _))
            {
                var keyStart = parser.Current!.Start;
                var keyNode = ReadNode(parser, depth + 1, diagnostics);
                var value = ReadNode(parser, depth + 1, diagnostics);
                if (keyNode is not YamlScalar key)
                {
                    throw new YamlException(keyStart, keyStart, "a key must be a plain text, not " + keyNode.Kind);
                }
                if (key.IsPlain && key.Value == "<<")
                {
                    throw new YamlException(keyStart, keyStart, "merge keys ('<<') are not supported; repeat the keys instead");
                }
                if (FirstKey(entries, ref seen, key.Value) is { } first)
                {
                    var firstAt = source.LocationOf(first.Offset);
                    diagnostics.Error(DiagnosticCodes.YamlDuplicateKey, source.LocationOf(key.Offset),
                        $"duplicate key '{key.Value}' (first given at line {firstAt.Line})");
                    continue;
                }
                seen?.Add(key.Value, key);
                entries.Add(new(key, value));
            }
            return new YamlMapping(entries, Offset(mappingStart.Start));
        }

        private const int KeysScanned = 16;

        private static YamlScalar? FirstKey(List<KeyValuePair<YamlScalar, YamlNode>> entries, ref Dictionary<string, YamlScalar>? seen, string key)
        {
            if (seen is null && entries.Count >= KeysScanned)
            {
                seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
                foreach (var entry in entries) seen.Add(entry.Key.Value, entry.Key);
            }
            if (seen is not null) return seen.GetValueOrDefault(key);
            foreach (var entry in entries)
            {
                if (entry.Key.Value == key) return entry.Key;
            }
            return null;
        }

        private void Count(long nodes, Mark at)
        {
            _nodes += nodes;
            if (_nodes > limits.MaxNodes)
            {
                throw new LimitExceededException(DiagnosticCodes.YamlAliasBomb, Offset(at),
                    $"this YAML expands through its aliases to more than {limits.MaxNodes:N0} values; write the values out, or use fewer aliases");
            }
        }

        private int Offset(Mark mark) => start + (int)mark.Index;

        private SourceLocation At(Mark mark) => source.LocationOf(Offset(mark));
    }
}
