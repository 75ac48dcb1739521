using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Localization;
using Briefings.Metadata;

namespace Briefings.Rendering;

/// <summary>
/// The templates, translations and assets of a build: the default theme embedded in the tool, with
/// any file of the site's own <c>templates/</c> replacing the default one of the same name.
/// </summary>
public sealed class Theme
{
    public const string SiteFolder = "templates";
    private const string ResourcePrefix = "theme/";
    private const string BuiltInFolder = "(built-in theme)";

    private Theme(IReadOnlyDictionary<string, ThemeFile> files, Translations translations)
    {
        Files = files;
        Translations = translations;
    }

    /// <summary>By name relative to the theme root: <c>layout.html</c>, <c>partials/head.html</c>, <c>assets/style.css</c>.</summary>
    public IReadOnlyDictionary<string, ThemeFile> Files { get; }

    public Translations Translations { get; }

    public IEnumerable<ThemeFile> Templates => Files.Values.Where(f => f.Name.EndsWith(".html", StringComparison.Ordinal) && !Routing.Router.IsAsset(f.Name));

    public IEnumerable<ThemeFile> Assets => Files.Values.Where(f => Routing.Router.IsAsset(f.Name));

    public static Theme Load(SiteInput input, DiagnosticBag diagnostics)
    {
        var files = new SortedDictionary<string, ThemeFile>(StringComparer.Ordinal);
        foreach (var (name, bytes) in BuiltIn.Value)
        {
            files[name] = new ThemeFile(name, new InputFile($"{BuiltInFolder}/{name}", bytes));
        }
        foreach (var file in input.Under(SiteFolder))
        {
            var name = file.Path[(SiteFolder.Length + 1)..];
            files[name] = new ThemeFile(name, file);
        }
        return new Theme(files, LoadTranslations(files.Values, diagnostics));
    }

    private static readonly Lazy<IReadOnlyList<(string Name, byte[] Bytes)>> BuiltIn = new(() =>
    {
        var assembly = typeof(Theme).Assembly;
        var list = new List<(string, byte[])>();
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)))
        {
            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            list.Add((resource[ResourcePrefix.Length..].Replace('\\', '/'), memory.ToArray()));
        }
        return list;
    });

    private static Translations LoadTranslations(IEnumerable<ThemeFile> files, DiagnosticBag diagnostics)
    {
        var byLanguage = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files.Where(f => f.Name.StartsWith("i18n/", StringComparison.Ordinal) && f.Name.EndsWith(".yml", StringComparison.Ordinal)))
        {
            var source = TextDecoder.Decode(file.File, diagnostics);
            if (source is null) continue;
            if (YamlLoader.Load(source, diagnostics) is not YamlMapping mapping)
            {
                diagnostics.Error(DiagnosticCodes.WrongType, source.Start, "a translation file must be a map of 'key: text' lines");
                continue;
            }
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (key, value) in mapping.Entries)
            {
                if (value is YamlScalar scalar) strings[key.Value] = scalar.Value;
                else diagnostics.Error(DiagnosticCodes.WrongType, source.LocationOf(value.Offset), $"translation '{key.Value}' must be a text");
            }
            byLanguage[Path.GetFileNameWithoutExtension(file.Name)] = strings;
        }
        return new Translations(byLanguage);
    }
}
