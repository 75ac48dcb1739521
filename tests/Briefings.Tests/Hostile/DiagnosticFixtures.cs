namespace Briefings.Tests.Hostile;

/// <summary>One small site per diagnostic class, as a new user would get it wrong, with the exact diagnostic expected.</summary>
public static class DiagnosticFixtures
{
    private const string Site = "title: T\nlanguage: fr\n";
    private const string Ok = "---\ntitle: A\ndate: 2022-01-01\n---\nTexte.\n";

    public static IEnumerable<(string Name, (string Path, string Text)[] Files, string Expected)> All()
    {
        yield return ("YAML syntax error in front matter", [("content/briefings/a.md", "---\ntitle: A\ndate: 2022-01-01\ntags: [a, b\n---\nx\n")],
            "content/briefings/a.md:5:1: error YAML001: YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'");
        yield return ("duplicate key", [("content/briefings/a.md", "---\ntitle: A\ndate: 2022-01-01\ntitle: B\n---\nx\n")],
            "content/briefings/a.md:4:1: error YAML002: duplicate key 'title' (first given at line 2)");
        yield return ("more than one YAML document", [("content/briefings/a.yml", "title: A\ndate: 2022-01-01\n---\ntitle: B\n"), ("content/briefings/a.txt", "x")],
            "content/briefings/a.yml:3:1: error YAML005: only one YAML document is allowed here (remove the second '---')");
        yield return ("tags: 5", [("content/briefings/a.md", "---\ntitle: A\ndate: 2022-01-01\ntags: 5\n---\nx\n")],
            "content/briefings/a.md:4:7: error META002: 'tags' must be a list of texts (one '- item' per line, or [a, b]), not '5'");
        yield return ("date: demain", [("content/briefings/a.md", "---\ntitle: A\ndate: demain\n---\nx\n")],
            "content/briefings/a.md:3:7: error META004: 'date' must be a date written yyyy-mm-dd (for example 2022-04-01), not 'demain'");
        yield return ("missing title", [("content/briefings/a.md", "---\ndate: 2022-01-01\n---\nx\n")],
            "content/briefings/a.md:2:1: error META001: missing required key 'title'");
        yield return ("unknown key", [("content/briefings/a.md", "---\ntitle: A\ndate: 2022-01-01\nsumary: S\n---\nx\n")],
            "content/briefings/a.md:4:1: warning META003: unknown key 'sumary'; did you mean 'summary'?");
        yield return ("invalid EDTF date", [("content/briefings/a.md", Ok), ("content/timeline/t.yml", "- date: 2022-02-30\n  title: X\n")],
            "content/timeline/t.yml:1:9: error META004: 'date' is not a date: February has no day 30 (for example 2022-04-01, 2022-04, 2022, 2022-04-01/2022-04-03, 2002~, 2022-21 for spring 2022, 19XX, 2019/.. or [1667,1668])");
        yield return ("no front matter", [("content/briefings/a.md", "# Titre\n")],
            "content/briefings/a.md:1:1: error META005: a Markdown briefing must open with YAML front matter between two '---' lines");
        yield return ("slug: ../../x", [("content/briefings/a.md", "---\ntitle: A\ndate: 2022-01-01\nslug: ../../x\n---\nx\n")],
            "content/briefings/a.md:4:7: error META004: 'slug' must be lowercase letters, digits and single hyphens (no '/', '.' or spaces), not '../../x'; try 'x'");
        yield return ("javascript: source", [("content/briefings/a.md", "---\ntitle: A\ndate: 2022-01-01\nsource: { name: S, url: \"javascript:alert(1)\" }\n---\nx\n")],
            "content/briefings/a.md:4:25: error META004: 'url' must be an absolute http:// or https:// address, not 'javascript:alert(1)'");
        yield return ("duplicate slug", [("content/briefings/a.md", Ok), ("content/briefings/b.md", "---\ntitle: B\ndate: 2022-01-01\nslug: a\n---\nx\n")],
            "content/briefings/b.md:4:7: error SITE002: slug 'a' is already used by content/briefings/a.md:1:1; give this briefing another 'slug:'");
        yield return ("duplicate event id", [("content/briefings/a.md", Ok), ("content/timeline/t.yml", "- id: x\n  date: 2022\n  title: A\n- id: x\n  date: 2023\n  title: B\n")],
            "content/timeline/t.yml:4:7: error SITE005: event id 'x' is already used at content/timeline/t.yml:1:7; give one of them another 'id:'");
        yield return ("duplicate glossary form", [("content/briefings/a.md", Ok), ("content/glossary/g.yml", "- term: OTSC\n  definition: D.\n- term: Autre\n  aliases: [otsc]\n  definition: D.\n")],
            "content/glossary/g.yml:4:13: error SITE007: 'otsc' is already a form of the term 'otsc' (content/glossary/g.yml:1:9); a form can belong to one term only");
        yield return ("unknown briefing", [("content/briefings/a.md", Ok), ("content/timeline/t.yml", "- date: 2022\n  title: A\n  briefings: [b]\n")],
            "content/timeline/t.yml:3:15: error SITE006: no briefing has the slug 'b'");
        yield return ("unknown term", [("content/briefings/a.md", Ok), ("content/glossary/g.yml", "- term: A\n  definition: D.\n  see_also: [b]\n")],
            "content/glossary/g.yml:3:14: error SITE006: no glossary term has the id 'b'");
        yield return ("unknown link target", [("content/briefings/a.md", "---\ntitle: A\ndate: 2022-01-01\n---\nVoir [b](b.md).\n")],
            "content/briefings/a.md:5:6: error SITE003: link to 'b.md': there is no such briefing in content/briefings");
        yield return ("template syntax error", [("content/briefings/a.md", Ok), ("templates/tag.html", "<h1>\n{{ if page.title }\n")],
            "templates/tag.html:2:18: error TPL001: template syntax error: Invalid token found `}`. Expecting <EOL>/end of line.");
        yield return ("template runtime error", [("content/briefings/a.md", Ok), ("templates/briefing.html", "<h1>{{ briefing.titel }}</h1>\n")],
            "templates/briefing.html:1:17: error TPL002: Cannot get member with name titel (while rendering briefings/a/index.html)");
        yield return ("a .txt without its .yml", [("content/briefings/a.txt", "Texte.")],
            "content/briefings/a.txt:1:1: error META006: a plain-text article needs its metadata in content/briefings/a.yml");
        yield return ("an empty file", [("content/briefings/a.md", "")],
            "content/briefings/a.md:1:1: error ENC002: empty file: a briefing needs front matter ('---', title: …, date: …, '---') and a text");
        yield return ("no site.yml", [("content/briefings/a.md", Ok)], "error SITE001: no content/site.yml: is this a site folder? (it needs content/site.yml with at least a title)");
        _ = Site;
    }
}
