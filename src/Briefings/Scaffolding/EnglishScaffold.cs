namespace Briefings.Scaffolding;

/// <summary>The English texts of <c>briefings new site</c>.</summary>
internal static class EnglishScaffold
{
    public static ScaffoldTexts Texts { get; } = new("welcome", "terms", "events", SiteYaml, Sample, Glossary, Timeline, Readme);

    private const string SiteYaml = """
        # The site's settings. Only 'title' is required; every other key may be removed.
        # All keys are described in the "content/site.yml" section of the Briefings README.

        # The site's name, in every page's header and in the browser's tab.
        title: My briefings

        # One or two sentences, shown on the home page and given to search engines.
        description: Short notes that put the news in context.

        # The site's language (a tag such as en, fr, en-GB): how dates are written, and each briefing's
        # language unless it says otherwise.
        language: en

        # Who writes the site.
        author: The editors
        # The line at the foot of every page.
        copyright: "© {year} The editors"

        # Where the site will be published, for canonical links (build --base-url overrides it).
        # base_url: https://example.org/briefings/

        # How many briefings the home page and each tag page list before going on to page 2.
        paginate: 20

        # The glossary's settings.
        glossary:
          # Link the first mention of each glossary term in every briefing.
          auto_link: true

        # How briefings written in Markdown are read.
        markdown:
          # Let raw HTML written in briefings through (true: the authors are trusted); false escapes it.
          raw_html: true

        # Files in the output folder that builds keep although they did not write them
        # (.git, CNAME and .nojekyll always are).
        # keep: ["docs/**"]

        # How many seconds one page's templates may run before the page fails.
        # template_time_limit: 10

        # Free values for your own templates, read there as site.extra.
        # extra:
        #   contact: editors@example.org

        """;

    private const string Sample = """
        ---
        # A briefing opens with its metadata between two --- lines: its front matter.
        title: Welcome to your briefings site
        date: {date}
        summary: What a briefing is made of, and how it meets the glossary and the timeline.
        authors: [The editors]
        tags: [Getting started]
        ---

        This is a sample briefing: edit it, delete it, or start one of your own with
        `briefings new briefing "My title"`.

        ## Metadata

        The lines between the two `---` at the top are the front matter: the title, the date, a summary,
        the authors and the tags. Each tag gets a page that lists its briefings.

        ## Glossary

        Terms defined in `content/glossary/terms.yml` are linked where a briefing first mentions them.
        Timeline dates, for instance, are written in EDTF: point at the word to read its definition.

        ## Timeline

        Events in `content/timeline/events.yml` name the briefings they concern. The event that names this
        one is listed in the chronology below and on the site's timeline page.

        """;

    private const string Glossary = """
        # The glossary: one entry per term. A briefing's first mention of a term (its 'term', 'abbr' or one of
        # its 'aliases') becomes a link to the term's page.
        - id: edtf
          term: Extended Date/Time Format
          abbr: EDTF
          definition: >-
            A way of writing dates that says how much is known: 2022-04-01 is a day, 2022-04 a month,
            2019~ around 2019, 2022-04-01? an uncertain day, 2022-04/.. since April 2022.
          see_also: [front-matter]
          sources:
            - name: Extended Date/Time Format (EDTF) Specification, Library of Congress
              url: https://www.loc.gov/standards/datetime/

        - id: front-matter
          term: front matter
          definition: >-
            The metadata at the top of a briefing, between two lines of three hyphens: its title, date,
            summary, authors and tags, written in YAML.
          see_also: [edtf]

        """;

    private const string Timeline = """
        # The timeline: one entry per event. 'date' is EDTF (see the glossary); 'briefings' names the briefings
        # an event concerns, by their file names without .md.
        - id: site-created
          date: {date}
          title: This site is created
          summary: The first briefing is written.
          tags: [Getting started]
          briefings: [welcome]

        - id: edtf-standard
          date: "2019"
          title: EDTF becomes part of the ISO 8601 standard
          summary: ISO 8601-2:2019 adopts the Library of Congress's Extended Date/Time Format.
          tags: [Getting started]
          sources:
            - name: Library of Congress, EDTF
              url: https://www.loc.gov/standards/datetime/
          briefings: [welcome]

        """;

    private const string Readme = """
        # My briefings

        A site of briefings, built with Briefings. Run these commands in this folder:

        | command | what it does |
        | --- | --- |
        | `briefings serve` | builds the site and shows it in your browser; pages reload as you save your edits |
        | `briefings new briefing "A title"` | starts a briefing in `content/briefings/` with its metadata filled in |
        | `briefings import article.txt` | turns a plain-text article into a briefing, with suggestions to confirm |
        | `briefings build` | writes the whole site into `_site/`, ready to publish |
        | `briefings check` | builds in memory and checks that every link between pages leads somewhere |

        `briefings help` lists every command; `briefings help build` explains one.

        ## Where things are

        - `content/site.yml`: the site's title, language and settings (each one explained there).
        - `content/briefings/`: one Markdown file per briefing (or a plain-text `.txt` with a `.yml` beside it).
        - `content/glossary/`: terms linked from the briefings that mention them.
        - `content/timeline/`: dated events, listed on the timeline page and under the briefings they name.
        - `templates/` and `static/` (optional): your own theme overrides, and files copied as they are.

        `_site/` and `.briefings-cache/` are made by the build: they are left out of version control (`.gitignore`).

        """;
}
