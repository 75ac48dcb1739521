using System.Text.Json;
using System.Text.Json.Nodes;
using Briefings.Model;
using Briefings.Output;
using Briefings.Rendering.Views;

namespace Briefings.Rendering;

/// <summary>
/// schema.org <c>DefinedTermSet</c> for the glossary page, so search engines know its terms. The
/// serializer escapes &lt;, &gt; and &amp;, so no term can close the script element it sits in.
/// </summary>
public static class GlossaryJsonLd
{
    public static RawHtml Create(SiteModel site, ViewFactory views, string name)
    {
        string Url(string path) => site.Config.BaseUrl is { } baseUrl ? new Uri(baseUrl, path).ToString() : path;
        var terms = new JsonArray();
        foreach (var term in views.GlossaryTerms)
        {
            var json = new JsonObject
            {
                ["@type"] = "DefinedTerm",
                ["@id"] = Url(term.Path),
                ["name"] = term.Term,
                ["description"] = term.ShortDefinition,
                ["inDefinedTermSet"] = Url(SitePaths.Glossary),
            };
            var alternates = term.Aliases.Prepend(term.Abbreviation).OfType<string>().ToList();
            if (alternates.Count > 0) json["alternateName"] = new JsonArray(alternates.Select(a => (JsonNode)a!).ToArray());
            if (term.Abbreviation is { } abbreviation) json["termCode"] = abbreviation;
            terms.Add(json);
        }
        var set = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "DefinedTermSet",
            ["@id"] = Url(SitePaths.Glossary),
            ["name"] = name,
            ["inLanguage"] = site.Config.Language,
            ["hasDefinedTerm"] = terms,
        };
        return new RawHtml(set.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
    }
}
