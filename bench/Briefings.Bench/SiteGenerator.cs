using System.Globalization;
using System.Text;

namespace Briefings.Bench;

/// <summary>
/// A deterministic synthetic site: French-looking briefings of about 600 words in which glossary
/// terms occur at realistic rates, a glossary of single- and multi-word terms with abbreviations,
/// and a timeline. The same seed always writes the same files, so runs compare.
/// </summary>
public static class SiteGenerator
{
    private static readonly string[] Words =
    [
        "le", "la", "les", "des", "une", "un", "et", "à", "dans", "pour", "sur", "avec", "par", "sans", "entre",
        "sécurité", "frontière", "accord", "armée", "conflit", "région", "alliance", "président", "ministre",
        "gouvernement", "négociation", "sommet", "sanctions", "énergie", "gaz", "pétrole", "territoire",
        "déclaration", "troupes", "soutien", "allié", "voisin", "paix", "guerre", "crise", "réforme",
        "économie", "élection", "parlement", "opposition", "diplomatie", "traité", "organisation", "défense",
    ];

    public static void Write(string folder, int briefings, int terms, int events, int seed)
    {
        var random = new Random(seed);
        var content = Path.Combine(folder, "content");
        Directory.CreateDirectory(Path.Combine(content, "briefings"));
        File.WriteAllText(Path.Combine(content, "site.yml"), "title: Banc d’essai\nlanguage: fr\ndescription: Site synthétique pour mesurer les builds.\n");

        var forms = new List<string>();
        if (terms > 0)
        {
            Directory.CreateDirectory(Path.Combine(content, "glossary"));
            var glossary = new StringBuilder();
            for (var t = 0; t < terms; t++)
            {
                var name = t % 3 == 0 ? $"Organisation numéro {Name(t)}" : $"Terme {Name(t)}";
                var abbr = t % 2 == 0 ? $"ABR{Name(t).ToUpperInvariant()}" : null;
                forms.Add(name);
                if (abbr is not null) forms.Add(abbr);
                glossary.Append(CultureInfo.InvariantCulture, $"- id: terme-{t}\n  term: {name}\n");
                if (abbr is not null) glossary.Append(CultureInfo.InvariantCulture, $"  abbr: {abbr}\n");
                glossary.Append(CultureInfo.InvariantCulture, $"  aliases: [alias {Name(t)}]\n  definition: Définition du terme {t}, avec *un peu* de Markdown.\n");
            }
            File.WriteAllText(Path.Combine(content, "glossary", "termes.yml"), glossary.ToString());
        }

        for (var b = 0; b < briefings; b++)
        {
            var date = new DateOnly(2020, 1, 1).AddDays(b % 1500);
            var text = new StringBuilder();
            text.Append(CultureInfo.InvariantCulture, $"---\ntitle: Note {b} sur la {Words[random.Next(15, Words.Length)]}\ndate: {date:yyyy-MM-dd}\n");
            text.Append(CultureInfo.InvariantCulture, $"summary: Résumé de la note {b}.\ntags: [thème {b % 40}, région {b % 12}]\n---\n\n");
            for (var p = 0; p < 6; p++)
            {
                if (p == 3) text.Append("## Une section\n\n");
                for (var w = 0; w < 100; w++)
                {
                    // About one word in forty is a glossary form, as in a dense briefing.
                    text.Append(forms.Count > 0 && random.Next(40) == 0 ? forms[random.Next(forms.Count)] : Words[random.Next(Words.Length)]);
                    text.Append(w % 17 == 16 ? ".\n" : " ");
                }
                text.Append("\n\n");
            }
            File.WriteAllText(Path.Combine(content, "briefings", $"note-{b}.md"), text.ToString());
        }

        if (events > 0)
        {
            Directory.CreateDirectory(Path.Combine(content, "timeline"));
            var timeline = new StringBuilder();
            for (var e = 0; e < events; e++)
            {
                var date = new DateOnly(1990, 1, 1).AddDays(e * 7);
                var when = (e % 4) switch
                {
                    0 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                    1 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
                    2 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "?",
                    _ => $"{date:yyyy-MM-dd}/{date.AddDays(3):yyyy-MM-dd}",
                };
                timeline.Append(CultureInfo.InvariantCulture,
                    $"- id: evenement-{e}\n  date: {when}\n  title: Événement {e}\n  actors: [Acteur {e % 30}]\n  tags: [thème {e % 40}]\n  briefings: [note-{e % Math.Max(1, briefings)}]\n");
            }
            File.WriteAllText(Path.Combine(content, "timeline", "evenements.yml"), timeline.ToString());
        }
    }

    private static string Name(int n)
    {
        var builder = new StringBuilder();
        do
        {
            builder.Insert(0, (char)('a' + n % 26));
            n /= 26;
        } while (n > 0);
        return builder.ToString();
    }
}
