using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Metadata;

/// <summary>Reads a content folder whose <c>.yml</c> files are each a list of items (timeline events, glossary terms).</summary>
public static class YamlListFiles
{
    /// <param name="kind">How the files are called in messages: <c>timeline</c>, <c>glossary</c>.</param>
    /// <param name="items">What a list holds: <c>events</c>, <c>terms</c>.</param>
    /// <param name="example">The start of an item: <c>- date: …</c>.</param>
    /// <param name="parse">Reads one item, reporting its own problems; null when it is unusable.</param>
    public static IReadOnlyList<T> Load<T>(SiteInput input, string folder, string kind, string items, string example,
        Func<YamlNode, SourceText, DiagnosticBag, T?> parse, DiagnosticBag diagnostics) where T : class
    {
        // Each file alone, in parallel (a large site's timeline is tens of files of a few MB, the critical path of
        // the parse stage), then items and diagnostics gathered in the order of the files, as if read one by one.
        var files = input.Under(folder).ToList();
        var loaded = files.AsParallel().AsOrdered()
            .Select(file =>
            {
                var bag = new DiagnosticBag();
                var found = LoadFile(file, kind, items, example, parse, bag, diagnostics);
                return (found, bag);
            })
            .ToList();
        var result = new List<T>();
        foreach (var (found, bag) in loaded)
        {
            result.AddRange(found);
            bag.CopyTo(diagnostics);
        }
        return result;
    }

    /// <summary>One file of such a folder: its usable items, in order; empty when the file is not a list.</summary>
    /// <param name="earlier">Diagnostics from before this load, read only: an error already reported in the file means it is not called empty.</param>
    public static List<T> LoadFile<T>(InputFile file, string kind, string items, string example,
        Func<YamlNode, SourceText, DiagnosticBag, T?> parse, DiagnosticBag diagnostics, DiagnosticBag? earlier = null) where T : class
    {
        var result = new List<T>();
        if (!IsYaml(file))
        {
            diagnostics.Warning(DiagnosticCodes.UnsupportedFile, SourceLocation.FileStart(file.Path), $"ignored: {kind} files are .yml lists of {items}");
            return result;
        }
        var source = TextDecoder.Decode(file, diagnostics);
        if (source is null) return result;
        switch (YamlLoader.Load(source, diagnostics))
        {
            case YamlSequence list:
                foreach (var item in list.Items)
                {
                    if (parse(item, source, diagnostics) is { } parsed) result.Add(parsed);
                }
                break;
            case null when !diagnostics.HasErrorsIn(source.Path) && earlier?.HasErrorsIn(source.Path) != true:
                diagnostics.Error(DiagnosticCodes.EmptyFile, source.Start, $"empty {kind} file: write a list of {items} ('{example}')");
                break;
            case { } other:
                diagnostics.Error(DiagnosticCodes.WrongType, source.LocationOf(other.Offset),
                    $"a {kind} file must be a list of {items} ('{example}' items), not {other.Kind}");
                break;
        }
        return result;
    }

    public static bool IsYaml(InputFile file) =>
        file.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase);
}
