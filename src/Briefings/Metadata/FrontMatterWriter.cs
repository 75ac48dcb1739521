using System.Diagnostics;
using System.Globalization;
using Briefings.Model;
using Briefings.Timeline;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using Keys = Briefings.Metadata.FrontMatterSchema;

namespace Briefings.Metadata;

/// <summary>
/// Writes a <see cref="BriefingFrontMatter"/> as YAML that <see cref="BriefingParser"/> reads back to an equal
/// record (given a record it could have read: texts trimmed, title not blank, valid slug, dates and URLs):
/// keys in the schema's order, absent and empty optional keys left out, dates as yyyy-mm-dd, each text
/// quoted only when it must be (<see cref="YamlScalarStyles"/>). Goes through YamlDotNet's event emitter, not
/// its serializer, which reflects and so does not survive Native AOT.
/// </summary>
public static class FrontMatterWriter
{
    // No line folding (a long title stays on its line), lists indented under their key as in the README, \n line ends.
    private static readonly EmitterSettings Settings = new(bestIndent: 2, bestWidth: int.MaxValue, isCanonical: false,
        maxSimpleKeyLength: 1024, indentSequences: true, newLine: "\n");

    /// <summary>The YAML of a <c>.yml</c> sidecar.</summary>
    /// <exception cref="ArgumentException">A text holds a lone UTF-16 surrogate (no UTF-8 file can), or an
    /// <c>extra</c> value is not a plain value.</exception>
    public static string ToYaml(BriefingFrontMatter frontMatter)
    {
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        var emitter = new Emitter(text, Settings);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        foreach (var key in Keys.BriefingKeys) WriteKey(emitter, frontMatter, key.Name);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return text.ToString();
    }

    /// <summary>The front matter that opens a Markdown briefing, between its two <c>---</c> lines, both included.</summary>
    public static string ToFrontMatterBlock(BriefingFrontMatter frontMatter) => "---\n" + ToYaml(frontMatter) + "---\n";

    private static void WriteKey(IEmitter emitter, BriefingFrontMatter frontMatter, string key)
    {
        switch (key)
        {
            case Keys.Title: Text(emitter, key, frontMatter.Title); break;
            case Keys.Date: Date(emitter, key, frontMatter.Date); break;
            case Keys.Summary: Text(emitter, key, frontMatter.Summary); break;
            case Keys.Language: Text(emitter, key, frontMatter.Language); break;
            case Keys.Authors: Texts(emitter, key, frontMatter.Authors); break;
            case Keys.Source: Source(emitter, frontMatter.Source); break;
            case Keys.Tags: Texts(emitter, key, frontMatter.Tags); break;
            case Keys.Draft: if (frontMatter.Draft) Pair(emitter, key, "true", ScalarStyle.Plain); break;
            case Keys.Slug: Text(emitter, key, frontMatter.Slug); break;
            case Keys.Timeline: Events(emitter, frontMatter.Timeline); break;
            case Keys.GlossaryExclude: Texts(emitter, key, frontMatter.GlossaryExclude); break;
            case Keys.Extra:
                if (frontMatter.Extra.Count == 0) break;
                Scalar(emitter, key);
                Plain(emitter, frontMatter.Extra);
                break;
            default: throw new UnreachableException($"the writer does not know the key '{key}'");
        }
    }

    private static void Source(IEmitter emitter, SourceReference? source)
    {
        if (source is null) return;
        Scalar(emitter, Keys.Source);
        emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
        foreach (var key in Keys.SourceKeys)
        {
            switch (key.Name)
            {
                case Keys.Name: Text(emitter, key.Name, source.Name); break;
                case Keys.Url: Url(emitter, key.Name, source.Url); break;
                case Keys.Published: if (source.Published is { } published) Date(emitter, key.Name, published); break;
                default: throw new UnreachableException($"the writer does not know the source key '{key.Name}'");
            }
        }
        emitter.Emit(new MappingEnd());
    }

    private static void Events(IEmitter emitter, ValueList<TimelineEventMetadata> events)
    {
        if (events.Count == 0) return;
        Scalar(emitter, Keys.Timeline);
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        foreach (var timelineEvent in events)
        {
            emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
            foreach (var key in Keys.EventKeys) WriteEventKey(emitter, timelineEvent, key.Name);
            emitter.Emit(new MappingEnd());
        }
        emitter.Emit(new SequenceEnd());
    }

    private static void WriteEventKey(IEmitter emitter, TimelineEventMetadata timelineEvent, string key)
    {
        switch (key)
        {
            case Keys.Id: Text(emitter, key, timelineEvent.Id); break;
            case Keys.Date: Pair(emitter, key, timelineEvent.Date, YamlScalarStyles.ForDate(timelineEvent.Date)); break;
            case Keys.Title: Text(emitter, key, timelineEvent.Title); break;
            case Keys.Summary: Text(emitter, key, timelineEvent.Summary); break;
            case Keys.Place: Text(emitter, key, timelineEvent.Place); break;
            case Keys.Actors: Texts(emitter, key, timelineEvent.Actors); break;
            case Keys.Tags: Texts(emitter, key, timelineEvent.Tags); break;
            case Keys.Sources: SourceLinks(emitter, timelineEvent.Sources); break;
            case Keys.Briefings: Texts(emitter, key, timelineEvent.Briefings); break;
            default: throw new UnreachableException($"the writer does not know the event key '{key}'");
        }
    }

    private static void SourceLinks(IEmitter emitter, ValueList<SourceLink> sources)
    {
        if (sources.Count == 0) return;
        Scalar(emitter, Keys.Sources);
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Block));
        foreach (var source in sources)
        {
            emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, MappingStyle.Block));
            foreach (var key in Keys.SourceLinkKeys)
            {
                switch (key.Name)
                {
                    case Keys.Name: Text(emitter, key.Name, source.Name); break;
                    case Keys.Url: Url(emitter, key.Name, source.Url); break;
                    default: throw new UnreachableException($"the writer does not know the source key '{key.Name}'");
                }
            }
            emitter.Emit(new MappingEnd());
        }
        emitter.Emit(new SequenceEnd());
    }

    /// <summary>A key and its text; nothing when there is no text.</summary>
    private static void Text(IEmitter emitter, string key, string? value)
    {
        if (value is not null) Pair(emitter, key, value, YamlScalarStyles.For(value));
    }

    private static void Url(IEmitter emitter, string key, Uri? url)
    {
        if (url is not null) Pair(emitter, key, url.OriginalString, YamlScalarStyles.ForUrl(url.OriginalString));
    }

    private static void Date(IEmitter emitter, string key, DateOnly date) =>
        Pair(emitter, key, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), ScalarStyle.Plain);

    /// <summary>A key and its list of texts, on one line (<c>[a, b]</c>); nothing when the list is empty.</summary>
    private static void Texts(IEmitter emitter, string key, IReadOnlyList<string> values)
    {
        if (values.Count == 0) return;
        Scalar(emitter, key);
        emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
        foreach (var value in values) Scalar(emitter, value);
        emitter.Emit(new SequenceEnd());
    }

    private static void Pair(IEmitter emitter, string key, string value, ScalarStyle style)
    {
        Scalar(emitter, key);
        Scalar(emitter, value, style);
    }

    /// <summary>A value of <c>extra</c>, as <see cref="YamlValues.ToPlain"/> will read it back.</summary>
    private static void Plain(IEmitter emitter, object? value)
    {
        switch (value)
        {
            case null: Scalar(emitter, "null", ScalarStyle.Plain); break;
            case bool flag: Scalar(emitter, flag ? "true" : "false", ScalarStyle.Plain); break;
            case long or int: Scalar(emitter, ((IFormattable)value).ToString(null, CultureInfo.InvariantCulture), ScalarStyle.Plain); break;
            case double number: Scalar(emitter, Number(number), ScalarStyle.Plain); break;
            case string text: Scalar(emitter, text); break;
            case IReadOnlyDictionary<string, object?> map:
                emitter.Emit(new MappingStart(AnchorName.Empty, TagName.Empty, isImplicit: true, map.Count == 0 ? MappingStyle.Flow : MappingStyle.Block));
                foreach (var (key, item) in map)
                {
                    Scalar(emitter, key);
                    Plain(emitter, item);
                }
                emitter.Emit(new MappingEnd());
                break;
            case IReadOnlyList<object?> list:
                emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, list.Count == 0 ? SequenceStyle.Flow : SequenceStyle.Block));
                foreach (var item in list) Plain(emitter, item);
                emitter.Emit(new SequenceEnd());
                break;
            default:
                throw new ArgumentException($"'{Keys.Extra}' holds a {value.GetType().Name}; it can only hold texts, numbers, true/false, null, lists and maps");
        }
    }

    /// <summary>A double written so that it reads back as a double: <c>3.0</c>, not <c>3</c>, which is a whole number.</summary>
    private static string Number(double number)
    {
        var text = number.ToString("R", CultureInfo.InvariantCulture);
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _) ? text + ".0" : text;
    }

    private static void Scalar(IEmitter emitter, string value) => Scalar(emitter, value, YamlScalarStyles.For(value));

    private static void Scalar(IEmitter emitter, string value, ScalarStyle style)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) i++;
            else if (char.IsSurrogate(value[i])) throw new ArgumentException($"'{Shorten(value)}' holds half of a UTF-16 surrogate pair, which no UTF-8 file can");
        }
        emitter.Emit(new Scalar(AnchorName.Empty, TagName.Empty, value, style, isPlainImplicit: true, isQuotedImplicit: true));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
