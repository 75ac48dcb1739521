using System.Text;
using System.Text.Json;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Views;
using Briefings.Routing;

namespace Briefings.Rendering;

/// <summary>
/// schema.org <c>DefinedTermSet</c> for the glossary page, so search engines know its terms. Written with
/// <see cref="ScriptSafeJson"/>, so no term can close the script element it sits in.
/// </summary>
public static class GlossaryJsonLd
{
    public static RawHtml Create(IReadOnlyList<GlossaryTermView> terms, Router router, string language, string name)
    {
        // Without base_url, ids stay root-relative paths: still unique, as JSON-LD needs.
        string Url(string path) => router.Absolute(path) ?? path;
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, ScriptSafeJson.Indented))
        {
            json.WriteStartObject();
            json.WriteString("@context", "https://schema.org");
            json.WriteString("@type", "DefinedTermSet");
            json.WriteString("@id", Url(Router.Glossary));
            json.WriteString("name", name);
            json.WriteString("inLanguage", language);
            json.WriteStartArray("hasDefinedTerm");
            foreach (var term in terms)
            {
                json.WriteStartObject();
                json.WriteString("@type", "DefinedTerm");
                json.WriteString("@id", Url(term.Path));
                json.WriteString("name", term.Term);
                json.WriteString("description", term.ShortDefinition);
                json.WriteString("inDefinedTermSet", Url(Router.Glossary));
                var alternates = term.Aliases.Prepend(term.Abbreviation).OfType<string>().ToList();
                if (alternates.Count > 0)
                {
                    json.WriteStartArray("alternateName");
                    foreach (var alternate in alternates) json.WriteStringValue(alternate);
                    json.WriteEndArray();
                }
                if (term.Abbreviation is { } abbreviation) json.WriteString("termCode", abbreviation);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return new RawHtml(Encoding.UTF8.GetString(buffer.ToArray()));
    }
}
