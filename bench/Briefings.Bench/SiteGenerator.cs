using System.Globalization;
using System.Text;

namespace Briefings.Bench;

/// <summary>
/// A deterministic synthetic site shaped like a real one: French-looking briefings of about 600 words
/// with headings, emphasis, links (to other briefings and outside) and lists, in which glossary terms occur
/// at realistic rates; each briefing with 3 of 50 tags, a summary, often a source and authors; a glossary
/// of single- and multi-word terms with abbreviations; a timeline of events, each tied to one briefing
/// (<c>events</c> = 2 × <c>briefings</c> gives every briefing two). The same arguments always write the
/// same files, so runs compare (and <c>bench/hugo.sh</c> gives Hugo the very same bodies).
/// </summary>
public static class SiteGenerator
{
    /// <summary>Events per timeline file: a large site spreads its events over files well under the 4 MiB YAML limit.</summary>
    public const int EventsPerFile = 1000;

    private static readonly string[] Words =
    [
        "le", "la", "les", "des", "une", "un", "et", "à", "dans", "pour", "sur", "avec", "par", "sans", "entre",
        "sécurité", "frontière", "accord", "armée", "conflit", "région", "alliance", "président", "ministre",
        "gouvernement", "négociation", "sommet", "sanctions", "énergie", "gaz", "pétrole", "territoire",
        "déclaration", "troupes", "soutien", "allié", "voisin", "paix", "guerre", "crise", "réforme",
        "économie", "élection", "parlement", "opposition", "diplomatie", "traité", "organisation", "défense",
        "annonce", "refuse", "négocie", "menace", "soutient", "renforce", "affaiblit", "prépare", "signe",
        "nouvelle", "ancien", "fragile", "durable", "militaire", "politique", "régionale", "commune", "officielle",
    ];

    /// <summary>The first 15 words are short function words; titles and headings draw from the rest.</summary>
    private const int ContentWords = 15;

    /// <summary>50 tags; accents and spaces make their slugs differ from their names.</summary>
    private static readonly string[] Tags =
    [
        "Russie", "Bélarus", "Ukraine", "Arménie", "Azerbaïdjan", "Kazakhstan", "Kirghizstan", "Tadjikistan",
        "Ouzbékistan", "Turkménistan", "Géorgie", "Moldavie", "Pologne", "Lituanie", "Lettonie", "Estonie",
        "Finlande", "Turquie", "Iran", "Chine", "Mongolie", "Afghanistan", "Syrie", "Serbie", "Hongrie",
        "Roumanie", "Union européenne", "OTAN", "OTSC", "ONU", "OSCE", "Énergie", "Gaz", "Pétrole", "Nucléaire",
        "Sanctions", "Élections", "Défense", "Frontières", "Diplomatie", "Économie", "Migrations",
        "Cybersécurité", "Espace", "Arctique", "Mer Noire", "Caucase", "Asie centrale", "Balkans", "Droits humains",
    ];

    private static readonly string[] Actors =
    [
        "Russie", "Bélarus", "Ukraine", "Kazakhstan", "Arménie", "Azerbaïdjan", "Chine", "États-Unis",
        "Union européenne", "OTAN", "OTSC", "ONU", "OSCE", "Turquie", "Iran", "Géorgie", "Moldavie", "Pologne",
        "Lituanie", "Kirghizstan", "Tadjikistan", "Ouzbékistan", "Serbie", "Hongrie", "Gazprom", "Rosatom",
        "Wagner", "Croix-Rouge", "FMI", "Banque mondiale",
    ];

    private static readonly string[] Places =
    [
        "Minsk", "Moscou", "Kiev", "Erevan", "Bakou", "Astana", "Bichkek", "Douchanbé", "Tachkent", "Tbilissi",
        "Chișinău", "Varsovie", "Vilnius", "Riga", "Tallinn", "Helsinki", "Ankara", "Téhéran", "Pékin", "Belgorod",
        "Odessa", "Bruxelles", "Genève", "Vienne",
    ];

    private static readonly string[] Outlets =
        ["Le Grand Continent", "Le Monde", "Meduza", "RFE/RL", "Reuters", "Novaya Gazeta", "Eurasianet", "Le Temps"];

    private static readonly string[] Authors =
    [
        "Anne Durand", "Pierre Martin", "Olga Ivanova", "Marc Lefèvre", "Nino Beridze", "Léa Moreau",
        "Aliya Nurlanova", "Jan Kowalski", "Sophie Bernard", "Arman Sargsyan", "Hélène Roux", "Timur Aliyev",
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

        var dates = new DateOnly[briefings];
        var tags = new int[briefings][];
        for (var b = 0; b < briefings; b++)
        {
            // Dates scattered over 2010–2023 (7919 is prime to 5000), so file order is not date order.
            dates[b] = new DateOnly(2010, 1, 1).AddDays((int)(b * 7919L % 5000));
            tags[b] = ThreeTags(random);
            var writer = new BodyWriter(random, forms, b, briefings);
            var text = new StringBuilder();
            FrontMatter(text, random, b, dates[b], tags[b]);
            writer.Body(text);
            File.WriteAllText(Path.Combine(content, "briefings", $"note-{b}.md"), text.ToString());
        }

        if (events > 0)
        {
            Directory.CreateDirectory(Path.Combine(content, "timeline"));
            var timeline = new StringBuilder();
            for (var e = 0; e < events; e++)
            {
                Event(timeline, random, e, briefings == 0 ? null : e % briefings, dates, tags);
                if ((e + 1) % EventsPerFile == 0 || e == events - 1)
                {
                    File.WriteAllText(Path.Combine(content, "timeline", $"evenements-{e / EventsPerFile:D3}.yml"), timeline.ToString());
                    timeline.Clear();
                }
            }
        }
    }

    private static int[] ThreeTags(Random random)
    {
        var first = random.Next(Tags.Length);
        int second, third;
        do second = random.Next(Tags.Length); while (second == first);
        do third = random.Next(Tags.Length); while (third == first || third == second);
        return [first, second, third];
    }

    private static void FrontMatter(StringBuilder text, Random random, int b, DateOnly date, int[] tags)
    {
        // Plain YAML scalars: the generated words hold no ": ", " #" or leading indicator.
        text.Append(CultureInfo.InvariantCulture,
            $"---\ntitle: {Capitalized(Word(random, ContentWords))} {Word(random, ContentWords)} {Word(random, ContentWords)} en {Tags[tags[0]]} (note {b})\ndate: {date:yyyy-MM-dd}\n");
        text.Append("summary: ");
        Sentence(text, random, 15 + random.Next(11));
        text.Append('\n');
        if (random.Next(3) > 0)
        {
            text.Append("authors: [").Append(Authors[random.Next(Authors.Length)]);
            if (random.Next(3) == 0) text.Append(", ").Append(Authors[random.Next(Authors.Length)]);
            text.Append("]\n");
        }
        if (random.Next(2) == 0)
        {
            var outlet = random.Next(Outlets.Length);
            text.Append(CultureInfo.InvariantCulture, $"source:\n  name: {Outlets[outlet]}\n  url: https://example.org/{outlet}/{b}\n");
            if (random.Next(4) > 0) text.Append(CultureInfo.InvariantCulture, $"  published: {date.AddDays(-random.Next(6)):yyyy-MM-dd}\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"tags: [{Tags[tags[0]]}, {Tags[tags[1]]}, {Tags[tags[2]]}]\n---\n\n");
    }

    private static void Event(StringBuilder timeline, Random random, int e, int? briefing, DateOnly[] dates, int[][] tags)
    {
        var date = briefing is { } b ? dates[b].AddDays(-random.Next(90)) : new DateOnly(2010, 1, 1).AddDays(e % 5000);
        var when = (e % 5) switch
        {
            0 or 1 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            2 => date.ToString("yyyy-MM", CultureInfo.InvariantCulture),
            3 => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "?",
            _ => $"{date:yyyy-MM-dd}/{date.AddDays(1 + random.Next(10)):yyyy-MM-dd}",
        };
        var place = Places[random.Next(Places.Length)];
        timeline.Append(CultureInfo.InvariantCulture,
            $"- id: evenement-{e}\n  date: {when}\n  title: {Capitalized(Word(random, ContentWords))} {Word(random, ContentWords)} à {place}\n");
        timeline.Append("  summary: ");
        Sentence(timeline, random, 10 + random.Next(10));
        timeline.Append(CultureInfo.InvariantCulture, $" Voir *{Word(random, ContentWords)}*.\n  place: {place}\n");
        var actor = random.Next(Actors.Length);
        timeline.Append("  actors: [").Append(Actors[actor]);
        if (random.Next(2) == 0) timeline.Append(", ").Append(Actors[(actor + 1 + random.Next(Actors.Length - 1)) % Actors.Length]);
        timeline.Append("]\n");
        timeline.Append("  tags: [").Append(Tags[briefing is { } t ? tags[t][random.Next(3)] : random.Next(Tags.Length)]).Append("]\n");
        if (random.Next(3) == 0)
        {
            var outlet = random.Next(Outlets.Length);
            timeline.Append(CultureInfo.InvariantCulture, $"  sources:\n    - name: {Outlets[outlet]}\n      url: https://example.org/{outlet}/evenement-{e}\n");
        }
        if (briefing is { } related) timeline.Append(CultureInfo.InvariantCulture, $"  briefings: [note-{related}]\n");
    }

    /// <summary>A sentence of plain words, capitalized, ending with a full stop.</summary>
    private static void Sentence(StringBuilder text, Random random, int words)
    {
        for (var w = 0; w < words; w++)
        {
            if (w > 0) text.Append(w == words / 2 && random.Next(3) == 0 ? ", " : " ");
            var word = Word(random, 0);
            text.Append(w == 0 ? Capitalized(word) : word);
        }
        text.Append('.');
    }

    private static string Word(Random random, int from) => Words[random.Next(from, Words.Length)];

    private static string Capitalized(string word) => string.Concat(char.ToUpperInvariant(word[0]).ToString(), word.AsSpan(1));

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

    /// <summary>
    /// One Markdown body of about 600 words (counting headings and list items): an introduction, then
    /// sections under <c>##</c> headings, some with a <c>###</c> subsection, a bullet or numbered list, a
    /// quotation; words in <c>*emphasis*</c> and <c>**strong**</c>; about one link per paragraph, half to
    /// another briefing (<c>note-N.md</c>), half outside; about one word in forty a glossary form.
    /// </summary>
    private sealed class BodyWriter(Random random, List<string> forms, int briefing, int briefings)
    {
        private const int Target = 600;
        private int _words;

        public void Body(StringBuilder text)
        {
            var budget = Target - 40 + random.Next(81);
            Paragraph(text, 50 + random.Next(30));
            var section = 0;
            while (_words < budget)
            {
                Heading(text, "## ");
                Paragraph(text, Math.Min(60 + random.Next(40), Math.Max(10, budget - _words)));
                if (_words >= budget) break;
                switch ((section + briefing) % 4)
                {
                    case 0: List(text, ordered: false); break;
                    case 1:
                        Heading(text, "### ");
                        Paragraph(text, Math.Min(40 + random.Next(40), Math.Max(10, budget - _words)));
                        break;
                    case 2: List(text, ordered: true); break;
                    default:
                        text.Append("> ");
                        Sentences(text, 15 + random.Next(15));
                        text.Append("\n\n");
                        break;
                }
                if (_words < budget) Paragraph(text, Math.Min(50 + random.Next(40), Math.Max(10, budget - _words)));
                section++;
            }
        }

        private void Heading(StringBuilder text, string marker)
        {
            var words = 3 + random.Next(4);
            text.Append(marker).Append(Capitalized(Word(random, ContentWords)));
            for (var w = 1; w < words; w++) text.Append(' ').Append(Word(random, w % 2 == 0 ? ContentWords : 0));
            text.Append("\n\n");
            _words += words;
        }

        private void Paragraph(StringBuilder text, int words)
        {
            Sentences(text, words);
            text.Append("\n\n");
        }

        private void List(StringBuilder text, bool ordered)
        {
            var items = 3 + random.Next(3);
            for (var i = 1; i <= items; i++)
            {
                text.Append(ordered ? $"{i}. " : "- ");
                Sentences(text, 6 + random.Next(8));
                text.Append('\n');
            }
            text.Append('\n');
        }

        /// <summary>Sentences of 8 to 20 words, one a line, with a link somewhere among the first words.</summary>
        private void Sentences(StringBuilder text, int words)
        {
            var link = words >= 12 ? random.Next(words - 4) : -1;
            var inSentence = 0;
            var sentenceLength = 8 + random.Next(13);
            for (var w = 0; w < words; w++)
            {
                if (inSentence > 0) text.Append(' ');
                if (w == link)
                {
                    var span = 2 + random.Next(3);
                    text.Append('[');
                    for (var s = 0; s < span; s++) text.Append(s == 0 ? "" : " ").Append(inSentence + s == 0 ? Capitalized(Word(random, 0)) : Word(random, 0));
                    text.Append("](").Append(LinkTarget()).Append(')');
                    w += span - 1;
                    inSentence += span;
                }
                else if (forms.Count > 0 && random.Next(40) == 0)
                {
                    text.Append(forms[random.Next(forms.Count)]);
                    inSentence++;
                }
                else
                {
                    var word = Word(random, 0);
                    if (inSentence == 0) word = Capitalized(word);
                    text.Append(random.Next(60) switch
                    {
                        0 or 1 => $"*{word}*",
                        2 when inSentence > 0 => $"**{word}**",
                        _ => word,
                    });
                    inSentence++;
                }
                if (w == words - 1 || inSentence >= sentenceLength)
                {
                    text.Append(w == words - 1 ? "." : ".\n");
                    inSentence = 0;
                    sentenceLength = 8 + random.Next(13);
                }
                else if (random.Next(12) == 0)
                {
                    text.Append(',');
                }
            }
            _words += words;
        }

        private string LinkTarget()
        {
            if (briefings > 1 && random.Next(2) == 0)
            {
                var other = random.Next(briefings - 1);
                return $"note-{(other >= briefing ? other + 1 : other)}.md";
            }
            return $"https://example.org/articles/{random.Next(100_000)}";
        }
    }
}
