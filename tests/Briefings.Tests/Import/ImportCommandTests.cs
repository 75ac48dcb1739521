using System.Text;
using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.Import;

/// <summary><c>briefings import</c> as an editor runs it, on a copy of the demo site: the seed article, articles of our own, and refusals.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    /// <summary>The seed article of issue 14, byte for byte (the demo's plain-text briefing was made from it).</summary>
    private static string Seed => Repository.PathOf("content", "briefings", "otsc-allies-silencieux.txt");

    private static string Article(string name) => Repository.PathOf("tests", "Briefings.Tests", "Data", "Import", name);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = BriefingsApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string DemoSite()
    {
        _temp.CopyFrom(Repository.PathOf("content"), "demo/content");
        return _temp.Combine("demo");
    }

    private string Copy(string source, string name)
    {
        var target = _temp.Combine("in", name);
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        File.Copy(source, target);
        return target;
    }

    private static string Briefings(string site) => Path.Combine(site, "content", "briefings");

    private static string[] Listing(string site) => Directory.EnumerateFileSystemEntries(Briefings(site)).Order(StringComparer.Ordinal).ToArray();

    private static void AssertBuilds(string site)
    {
        var (exit, _, error) = Run("build", "--source", site);
        Assert.True(exit == 0, error);
    }

    [Fact]
    public void The_seed_article_gives_its_title_source_language_dates_acronym_and_quotation_and_builds()
    {
        var site = DemoSite();
        var (exit, output, error) = Run("import", Copy(Seed, "seed.txt"), "--source", site);
        Assert.True(exit == 0, error);

        var text = Path.Combine(Briefings(site), "diplomatie-l-autre-bataille-russe.txt");
        var sidecarPath = Path.Combine(Briefings(site), "diplomatie-l-autre-bataille-russe.yml");
        Assert.Contains("diplomatie-l-autre-bataille-russe.txt", output);
        Assert.Contains("diplomatie-l-autre-bataille-russe.yml", output);
        Assert.Equal(File.ReadAllBytes(Seed), File.ReadAllBytes(text));

        var sidecar = File.ReadAllText(sidecarPath);
        Assert.Contains("title: \"Diplomatie : l’autre bataille russe\"  # from the last line (line 5", sidecar);
        Assert.Contains("  name: \"Le Grand Continent\"  # from the last line", sidecar);
        Assert.Contains("language: fr  # detected", sidecar);
        Assert.Contains($"date: {DateTime.Now:yyyy-MM-dd}", sidecar);
        Assert.DoesNotContain("published: 2", sidecar); // no --date: the article's date is not known
        Assert.Equal(["\"XXXX-04-01\"", "\"XXXX-02-13\""], SuggestedDates(sidecar));
        Assert.Contains("# OTSC = Organisation du traité de sécurité collective (initials match", sidecar);
        Assert.Contains("already in the glossary as `otsc` (Organisation du traité de sécurité collective, OTSC, aliases CSTO", sidecar);
        Assert.Contains("#     # line 3: \"le président Alexandre Loukachenko a déclaré :\"\n#     - text: \"Si quelqu’un pense", sidecar);
        Assert.Contains("#       who: \"Alexandre Loukachenko\"", sidecar);
        // "demain" is inside Loukachenko's words: his tomorrow, not a date of the article.
        Assert.Equal(2, SuggestedDates(sidecar).Count);

        AssertBuilds(site);
        var page = new SiteFolder(Path.Combine(site, "_site")).Parse("briefings/diplomatie-l-autre-bataille-russe/index.html");
        Assert.Equal("Diplomatie\u00A0: l’autre bataille russe", page.QuerySelector("article h1")!.TextContent);
        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        var (checkExit, _, checkError) = Run("check", "--source", site);
        Assert.True(checkExit == 0, checkError);
    }

    [Fact]
    public void The_articles_date_resolves_the_seeds_dates_and_becomes_the_source_date()
    {
        var site = DemoSite();
        Assert.Equal(0, Run("import", "--date", "2023-04-20", Copy(Seed, "seed.txt"), "--source", site).Exit);
        var sidecar = File.ReadAllText(Path.Combine(Briefings(site), "diplomatie-l-autre-bataille-russe.yml"));
        Assert.Contains("  published: 2023-04-20  # from --date", sidecar);
        Assert.Equal(["\"2023-04-01\"", "\"2023-02-13\""], SuggestedDates(sidecar));
        Assert.Contains("the last such day before --date 2023-04-20", sidecar);
        AssertBuilds(site);
    }

    [Fact]
    public void Uncommented_suggestions_build_as_they_are()
    {
        var site = DemoSite();
        Assert.Equal(0, Run("import", "--date", "2023-04-20", Copy(Seed, "seed.txt"), "--source", site).Exit);
        var path = Path.Combine(Briefings(site), "diplomatie-l-autre-bataille-russe.yml");
        File.WriteAllText(path, Uncomment(File.ReadAllText(path), "# timeline:", "# extra:"));
        Assert.Contains("\ntimeline:\n  # line 1: \"le 1er avril\"", File.ReadAllText(path));
        AssertBuilds(site);
        var page = new SiteFolder(Path.Combine(site, "_site")).Parse("briefings/diplomatie-l-autre-bataille-russe/index.html");
        Assert.NotNull(page.QuerySelector(".chronology time[datetime='2023-02-13']"));
        Assert.NotNull(page.QuerySelector(".chronology time[datetime='2023-04-01']"));
    }

    [Fact]
    public void Articles_of_our_own_are_imported_at_once_with_honest_suggestions_and_build()
    {
        var site = DemoSite();
        string[] names = ["fr-otan-flanc-est.txt", "fr-bce-taux.txt", "en-nato-summit.txt", "en-covid-schools.txt"];
        var (exit, output, error) = Run(["import", "--date", "2023-07-12", "--source", site, .. names.Select(n => Copy(Article(n), n))]);
        Assert.True(exit == 0, error);
        Assert.Equal(8, output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        var otan = File.ReadAllText(Path.Combine(Briefings(site), "fr-otan-flanc-est.yml"));
        Assert.Contains("title: \"fr otan flanc est\"  # from the file name", otan); // "Source : Le Monde" names no title
        Assert.Contains("  name: \"Le Monde\"", otan);
        Assert.Equal(["\"2014/..\"", "\"2014-03\"", "\"2022-02-24\"", "\"2002/2004\"", "\"199X\"", "\"2012-06~\"", "\"2021~\""], SuggestedDates(otan));
        Assert.Contains("#   term: \"Organisation du traité de l’Atlantique nord\"\n#   abbr: \"OTAN\"", otan);
        Assert.Contains("#       who: \"Kaja Kallas\"", otan);
        Assert.Contains("#       who: \"Jens Stoltenberg\"", otan);
        Assert.DoesNotContain("2002 morts\"", otan);

        var bce = File.ReadAllText(Path.Combine(Briefings(site), "taux-la-bce-ne-lache-rien.yml"));
        Assert.Contains("title: \"Taux : la BCE ne lâche rien\"", bce);
        Assert.Contains("  name: \"Les Échos\"", bce);
        Assert.Equal(["\"2023-07-11\"", "\"2023-08\""], SuggestedDates(bce)); // "le 3 mai" is quoted, "le 31 février" does not exist
        Assert.Contains("#   term: \"Banque centrale européenne\"\n#   abbr: \"BCE\"", bce);
        Assert.Contains("#       who: \"Christine Lagarde\"", bce);
        Assert.Contains("Short quotations", bce);
        Assert.Equal(File.ReadAllBytes(Article("fr-bce-taux.txt")), File.ReadAllBytes(Path.Combine(Briefings(site), "taux-la-bce-ne-lache-rien.txt"))); // CRLF kept

        var nato = File.ReadAllText(Path.Combine(Briefings(site), "at-vilnius-nato-keeps-its-door-ajar.yml"));
        Assert.Contains("language: en", nato);
        Assert.Contains("  name: \"The Baltic Times\"", nato);
        Assert.Equal(["\"2023-07-11\"", "\"199X\"", "\"2021~\"", "\"2023-08\"", "\"2012-06~\"", "\"2010\"", "\"2022-03-03\"", "\"2023-07-11\""], SuggestedDates(nato));
        Assert.Contains("#   term: \"North Atlantic Treaty Organization\"\n#   abbr: \"NATO\"", nato);
        Assert.Contains("#   term: \"United Nations\"\n#   abbr: \"UN\"", nato);
        Assert.Contains("#       who: \"Rishi Sunak\"", nato);

        var covid = File.ReadAllText(Path.Combine(Briefings(site), "en-covid-schools.yml"));
        Assert.Contains("# The article does not name its publication", covid);
        Assert.Equal(["\"2020-21\"", "\"2002\"", "\"2023-09-14\""], SuggestedDates(covid));
        Assert.Contains("# line 2: the sentence names nobody who says it\n#     - text: \"It is time to bring the children back to their classrooms\"\n# Short", covid); // "she said"
        Assert.DoesNotContain("page 12\"", covid);

        AssertBuilds(site);
        // The glossary suggestions, copied into a glossary file without their first "# " and given a definition, build too.
        _temp.Write("demo/content/glossary/imported.yml", GlossaryBlock(nato).Replace("definition: \"\"", "definition: \"À écrire.\"", StringComparison.Ordinal));
        Assert.Contains("- id: nato\n  term: \"North Atlantic Treaty Organization\"", File.ReadAllText(_temp.Combine("demo/content/glossary/imported.yml")));
        foreach (var name in new[] { "fr-otan-flanc-est", "taux-la-bce-ne-lache-rien", "at-vilnius-nato-keeps-its-door-ajar", "en-covid-schools" })
        {
            var path = Path.Combine(Briefings(site), name + ".yml");
            File.WriteAllText(path, Uncomment(File.ReadAllText(path), "# timeline:", "# extra:"));
        }
        AssertBuilds(site);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_refused_and_nothing_is_written()
    {
        var site = DemoSite();
        var before = Listing(site);
        var latin1 = _temp.Combine("in", "latin1.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(latin1)!);
        File.WriteAllBytes(latin1, Encoding.Latin1.GetBytes("Le café de la gare a fermé en 2002, selon le maire."));
        var (exit, output, error) = Run("import", Copy(Seed, "seed.txt"), latin1, "--source", site);
        Assert.Equal(1, exit);
        Assert.Contains($"error: {latin1} is not UTF-8 text (invalid byte at offset 6)", error);
        Assert.Contains("nothing was written", error);
        Assert.Equal("", output);
        Assert.Equal(before, Listing(site));
    }

    [Fact]
    public void An_existing_briefing_is_never_overwritten()
    {
        var site = DemoSite();
        var seed = Copy(Seed, "seed.txt");
        Assert.Equal(0, Run("import", seed, "--source", site).Exit);
        var sidecar = Path.Combine(Briefings(site), "diplomatie-l-autre-bataille-russe.yml");
        File.WriteAllText(sidecar, File.ReadAllText(sidecar).Replace("date: ", "date:  ", StringComparison.Ordinal));
        var edited = File.ReadAllBytes(sidecar);
        var before = Listing(site);

        var (exit, _, error) = Run("import", Copy(Article("en-covid-schools.txt"), "en-covid-schools.txt"), seed, "--source", site);
        Assert.Equal(1, exit);
        Assert.Contains("'diplomatie-l-autre-bataille-russe' already exists (content/briefings/diplomatie-l-autre-bataille-russe.", error);
        Assert.Contains("Remove or rename that briefing first", error);
        Assert.Equal(before, Listing(site)); // not even the other, valid article
        Assert.Equal(edited, File.ReadAllBytes(sidecar));
    }

    [Fact]
    public void A_bundle_folder_or_markdown_briefing_of_the_same_slug_counts_as_existing()
    {
        var site = DemoSite();
        var article = Copy(Article("en-covid-schools.txt"), "Belarus-Allie-Sans-Troupes.txt");
        var (exit, _, error) = Run("import", article, "--source", site);
        Assert.Equal(1, exit);
        Assert.Contains("content/briefings/belarus-allie-sans-troupes)", error);
    }

    [Fact]
    public void An_article_already_inside_the_briefings_folder_is_refused()
    {
        var site = DemoSite();
        var inside = Path.Combine(Briefings(site), "brut.txt");
        File.Copy(Article("en-covid-schools.txt"), inside);
        var (exit, _, error) = Run("import", inside, "--source", site);
        Assert.Equal(1, exit);
        Assert.Contains("already inside content/briefings/", error);
        Assert.False(File.Exists(Path.Combine(Briefings(site), "brut.yml")));
    }

    [Fact]
    public void Two_inputs_of_one_slug_are_refused_together()
    {
        var site = DemoSite();
        var before = Listing(site);
        var (exit, _, error) = Run("import", Copy(Seed, "a.txt"), Copy(Seed, "b.txt"), "--source", site);
        Assert.Equal(1, exit);
        Assert.Contains("b.txt: it would be the same briefing as", error);
        Assert.Equal(before, Listing(site));
    }

    [Fact]
    public void A_language_the_text_does_not_tell_is_asked_for()
    {
        var site = DemoSite();
        var short_ = _temp.Combine("in", "court.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(short_)!);
        File.WriteAllText(short_, "Belgorod, Koursk, Briansk : 2022.\n");
        var (exit, _, error) = Run("import", short_, "--source", site);
        Assert.Equal(1, exit);
        Assert.Contains("cannot tell whether the article is French or English", error);
        Assert.Contains("--language fr", error);

        var (forced, output, forcedError) = Run("import", short_, "--language", "fr", "--source", site);
        Assert.True(forced == 0, forcedError);
        Assert.Contains("court.yml", output);
        Assert.Contains("language: fr  # from --language", File.ReadAllText(Path.Combine(Briefings(site), "court.yml")));
        AssertBuilds(site);
    }

    [Fact]
    public void A_folder_without_a_site_and_a_bad_date_are_refused()
    {
        var (exit, _, error) = Run("import", Copy(Seed, "seed.txt"), "--source", _temp.Combine("in"));
        Assert.Equal(2, exit);
        Assert.Contains("there is no site in", error);

        var (bad, _, badError) = Run("import", "--date", "2023-02-30", Copy(Seed, "seed2.txt"), "--source", DemoSite());
        Assert.Equal(2, bad);
        Assert.Contains("--date must be a real date written yyyy-mm-dd, not '2023-02-30': February has 28 days, not 30", badError);
    }

    /// <summary>The EDTF dates of the commented timeline events, in order.</summary>
    private static List<string> SuggestedDates(string sidecar) => sidecar.Split('\n')
        .Where(l => l.StartsWith("#     date: ", StringComparison.Ordinal)).Select(l => l["#     date: ".Length..]).ToList();

    /// <summary>The glossary entries a sidecar suggests, as an editor copies them into a glossary file.</summary>
    private static string GlossaryBlock(string sidecar)
    {
        var lines = sidecar.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith("# Glossary:", StringComparison.Ordinal));
        return string.Join('\n', lines.Skip(start).Where(l => l.StartsWith("# - ", StringComparison.Ordinal) || l.StartsWith("#   ", StringComparison.Ordinal)
            || l.StartsWith("# # ", StringComparison.Ordinal)).Select(l => l[2..])) + "\n";
    }

    /// <summary>What an editor does to keep every suggestion of a block: removes the "# " of its header and of the lines under it.</summary>
    internal static string Uncomment(string sidecar, params string[] headers)
    {
        var lines = sidecar.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (!headers.Contains(lines[i])) continue;
            lines[i] = lines[i][2..];
            for (var j = i + 1; j < lines.Length && lines[j].StartsWith("#   ", StringComparison.Ordinal); j++) lines[j] = lines[j][2..];
        }
        return string.Join('\n', lines);
    }
}
