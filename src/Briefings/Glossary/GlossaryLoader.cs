using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;
using Briefings.Text;

namespace Briefings.Glossary;

/// <summary>Reads <c>content/glossary/*.yml</c>: each file a list of terms.</summary>
public static class GlossaryLoader
{
    public const string Folder = "content/glossary";

    public static IReadOnlyList<GlossaryTerm> Load(SiteInput input, DiagnosticBag diagnostics) =>
        YamlListFiles.Load(input, Folder, "glossary", "terms", "- term: …", Parse, diagnostics);

    public static GlossaryTerm? Parse(YamlNode node, SourceText file, DiagnosticBag diagnostics)
    {
        if (node is not YamlMapping mapping)
        {
            diagnostics.Error(DiagnosticCodes.WrongType, file.LocationOf(node.Offset), $"a term must be a map with at least 'term' and 'definition', not {node.Kind}");
            return null;
        }

        var reader = new MetadataReader(mapping, file, diagnostics);
        var term = reader.String("term", required: true);
        var definition = reader.String("definition", required: true);
        var id = reader.String("id");
        var abbreviation = reader.String("abbr");
        var aliases = reader.StringList("aliases");
        var language = LanguageTag.Read(reader, "language");
        var seeAlso = reader.References("see_also", "a list of term ids");
        var sources = SourceLinks.Read(reader);
        var idLocation = reader.Node("id") is { } idNode ? reader.At(idNode) : reader.Start;
        reader.ReportUnknownKeys();
        if (term is null || definition is null) return null;

        id ??= Slug.FromOrHash(term, "term");
        if (Slug.TooLong("id", id) is { } tooLong)
        {
            diagnostics.Error(DiagnosticCodes.NameTooLong, idLocation, tooLong);
            return null;
        }
        if (!Slug.IsValid(id))
        {
            diagnostics.Error(DiagnosticCodes.InvalidValue, idLocation,
                id.Length == 0 ? $"the term '{term}' has no letter or digit to make an id from; add 'id:'" : $"'id' must be lowercase letters, digits and single hyphens, not '{id}'");
            return null;
        }

        var forms = new List<(string, bool, SourceLocation)> { (term, false, reader.At(mapping["term"]!)) };
        if (abbreviation is not null) forms.Add((abbreviation, true, reader.At(mapping["abbr"]!)));
        if (mapping["aliases"] is YamlSequence aliasNodes)
        {
            foreach (var alias in aliasNodes.Items.Take(MetadataReader.MaxListItems).OfType<YamlScalar>().Where(a => !a.IsNull && a.Value.Trim().Length > 0))
            {
                forms.Add((alias.Value.Trim(), false, reader.At(alias)));
            }
        }

        return new GlossaryTerm(id, term, definition, abbreviation, aliases, language, seeAlso, sources)
        {
            Location = idLocation,
            Forms = forms,
        };
    }
}
