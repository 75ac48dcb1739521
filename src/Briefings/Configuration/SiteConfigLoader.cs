using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Text;

namespace Briefings.Configuration;

/// <summary>Part of the load stage: reads <c>content/site.yml</c> into a <see cref="SiteConfig"/>.</summary>
public static class SiteConfigLoader
{
    public const string Path = "content/site.yml";

    public static SiteConfig Load(SiteInput input, BuildOptions options, DiagnosticBag diagnostics)
    {
        var config = Read(input, diagnostics);
        var baseUrl = options.BaseUrl ?? config.BaseUrl;
        // Every page prints the base URL: a user name or password in it would be published (the CLI refuses it first).
        if (options.BaseUrl is { UserInfo.Length: > 0 })
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, null, "the base URL must not hold a user name or password (they would be published in every page)");
            baseUrl = null;
        }
        return config with { BaseUrl = baseUrl is null ? null : WithTrailingSlash(baseUrl) };
    }

    /// <summary><c>https://example.org/briefings</c> is a folder: relative paths resolve inside it, not beside it.</summary>
    private static Uri WithTrailingSlash(Uri url) => url.AbsolutePath.EndsWith('/') ? url : new Uri(url + "/");

    /// <summary><c>keep:</c>, a list of glob patterns relative to the output folder; a pattern that could reach outside it is an error at its line.</summary>
    private static List<string> ReadKeep(MetadataReader reader)
    {
        var patterns = new List<string>();
        if (reader.List("keep") is not { } list) return patterns;
        foreach (var item in list.Items)
        {
            if (item is not YamlScalar { IsNull: false } scalar || scalar.Value.Trim().Length == 0)
            {
                reader.WrongType("keep", item, "a glob pattern such as 'docs/**' or '*.pdf'", itemOfList: true);
                continue;
            }
            var pattern = scalar.Value.Trim();
            if (Output.KeepPatterns.Problem(pattern) is { } problem)
                reader.Diagnostics.Error(DiagnosticCodes.InvalidValue, reader.At(scalar), $"'keep' pattern '{pattern}': {problem}");
            else patterns.Add(pattern);
        }
        return patterns;
    }

    private static SiteConfig Read(SiteInput input, DiagnosticBag diagnostics)
    {
        var file = input.Find(Path);
        if (file is null)
        {
            diagnostics.Error(DiagnosticCodes.MissingSiteConfig, null,
                $"no {Path}: is this a site folder? (it needs content/site.yml with at least a title)");
            return SiteConfig.Fallback;
        }

        var source = TextDecoder.Decode(file, diagnostics);
        if (source is null) return SiteConfig.Fallback;
        var root = YamlLoader.Load(source, diagnostics);
        if (root is not YamlMapping mapping)
        {
            if (root is null && source.Text.Trim().Length == 0)
                diagnostics.Error(DiagnosticCodes.EmptyFile, source.Start, "site.yml is empty; it needs at least 'title' and 'language'");
            else if (root is not null)
                diagnostics.Error(DiagnosticCodes.WrongType, source.LocationOf(root.Offset), "site.yml must be a map of 'key: value' lines");
            return SiteConfig.Fallback;
        }

        var reader = new MetadataReader(mapping, source, diagnostics);
        var title = reader.String("title", required: true) ?? SiteConfig.Fallback.Title;
        var description = reader.String("description");
        var language = LanguageTag.Read(reader, "language") ?? "en";
        var baseUrl = reader.Url("base_url");
        if (baseUrl is { UserInfo.Length: > 0 })
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, source.LocationOf(mapping["base_url"]!.Offset),
                "'base_url' must not hold a user name or password (they would be published in every page); give the address alone");
            baseUrl = null;
        }
        var author = reader.String("author");
        var copyright = reader.String("copyright");
        var markdown = MarkdownOptions.Default;
        if (reader.Map("markdown") is { } md)
        {
            markdown = new MarkdownOptions(RawHtml: md.Bool("raw_html") ?? true);
            md.ReportUnknownKeys();
        }
        var autoLink = true;
        if (reader.Map("glossary") is { } glossary)
        {
            autoLink = glossary.Bool("auto_link") ?? true;
            glossary.ReportUnknownKeys();
        }
        var typography = reader.Bool("typography") ?? true;
        var paginate = reader.Int("paginate", 1, 100_000) ?? SiteConfig.DefaultPaginate;
        var templateTimeLimit = reader.Int("template_time_limit", 1, 3600) ?? SiteConfig.DefaultTemplateTimeLimit;
        var keep = ReadKeep(reader);
        var search = reader.Bool("search") ?? true;
        var extra = YamlValues.ToPlain(reader.Node("extra")) as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();
        reader.ReportUnknownKeys();
        return new SiteConfig(title, description, language, baseUrl, author, copyright, markdown, extra) { GlossaryAutoLink = autoLink, Typography = typography, Paginate = paginate, TemplateTimeLimit = templateTimeLimit, Keep = keep, Search = search };
    }
}
