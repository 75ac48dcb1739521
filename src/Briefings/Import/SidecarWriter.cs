using System.Globalization;
using System.Text;
using Briefings.Text;

namespace Briefings.Import;

/// <summary>
/// Writes the <c>.yml</c> sidecar of an imported article. Facts are values, each with a comment saying where it came
/// from; what needs an editor's judgement is a comment shaped as the YAML it would be, so that removing the leading
/// <c># </c> of its lines makes it real. The values alone build: title, date, language and, when known, the source.
/// </summary>
public static class SidecarWriter
{
    public static string Write(ArticleAnalysis analysis, string slug, string inputName, ImportOptions options)
    {
        var y = new StringBuilder();
        var today = Day(options.Today);
        y.Append("# Metadata of the plain-text article ").Append(slug).Append(".txt, imported from ").Append(YamlText.Comment(inputName))
            .Append(" by `briefings import` on ").Append(today).Append(".\n");
        y.Append("# Values were read from the article. Suggestions are comments: check one, then remove the \"# \" that starts\n");
        y.Append("# each of its lines to keep it. Nothing commented builds.\n");

        var source = analysis.SourceLine;
        if (source?.Title is { } title)
        {
            y.Append("title: ").Append(YamlText.Quote(title)).Append("  # from the last line (line ").Append(source.Line).Append(", after \"")
                .Append(YamlText.Comment(source.LeadIn)).Append("\")\n");
        }
        else
        {
            y.Append("title: ").Append(YamlText.Quote(FallbackTitle(inputName))).Append("  # from the file name: the article has no line naming its title; write the real one\n");
        }
        y.Append("# The day this article entered the briefings, not the day it was published").Append(options.ArticleDate is null ? " (unknown: see source below)" : "").Append(".\n");
        y.Append("date: ").Append(today).Append('\n');
        var d = analysis.Detected;
        y.Append("language: ").Append(analysis.Language).Append(options.Language is not null
            ? $"  # from --language (the text's small words: {d.French} French, {d.English} English)\n"
            : $"  # detected from the text's small words: {d.French} French, {d.English} English; --language overrides it\n");
        WriteSource(y, analysis, options);
        WriteTimeline(y, analysis, slug, options);
        WriteQuotations(y, analysis);
        WriteGlossary(y, analysis);
        return y.ToString();
    }

    private static void WriteSource(StringBuilder y, ArticleAnalysis analysis, ImportOptions options)
    {
        var line = analysis.SourceLine;
        if (line?.Source is { } name)
        {
            y.Append("source:\n");
            y.Append("  name: ").Append(YamlText.Quote(name)).Append("  # from the last line (line ").Append(line.Line).Append(")\n");
            if (options.ArticleDate is { } published) y.Append("  published: ").Append(Day(published)).Append("  # from --date: the article's date\n");
            else y.Append("  # published: yyyy-mm-dd  # the article does not say when it appeared; give --date, or write it here\n");
            return;
        }
        // A source needs its name: a date alone cannot be written as a value.
        y.Append("# The article does not name its publication. Fill in and uncomment:\n");
        y.Append("# source:\n#   name: \"\"\n");
        if (options.ArticleDate is { } date) y.Append("#   published: ").Append(Day(date)).Append("  # from --date: the article's date\n");
    }

    private static void WriteTimeline(StringBuilder y, ArticleAnalysis analysis, string slug, ImportOptions options)
    {
        var dates = analysis.Dates.Where(s => s.Edtf is not null).ToList();
        var skipped = analysis.Dates.Where(s => s.Edtf is null).ToList();
        y.Append('\n');
        if (dates.Count == 0 && skipped.Count == 0)
        {
            y.Append("# Timeline: the text mentions no date that could be an event.\n");
            return;
        }
        if (dates.Count > 0)
        {
            y.Append("# Timeline: the dates the text mentions").Append(options.ArticleDate is { } r ? $", resolved against --date {Day(r)}" : "").Append(".\n");
            y.Append("# To keep an event, uncomment \"timeline:\" and the event's lines, and make its title say what happened\n");
            y.Append("# (for now it is the sentence). Dates are EDTF: XXXX is an unknown year, ~ approximate, a/b a span.\n");
            y.Append("# timeline:\n");
            var ids = new HashSet<string>(StringComparer.Ordinal);
            foreach (var date in dates)
            {
                y.Append("#   # line ").Append(date.Line).Append(": \"").Append(YamlText.Comment(date.Phrase)).Append('"');
                if (date.Note is not null) y.Append(" (").Append(YamlText.Comment(date.Note)).Append(')');
                y.Append('\n');
                y.Append("#   - id: ").Append(UniqueId(ids, slug, date.Phrase)).Append('\n');
                y.Append("#     date: ").Append(YamlText.Quote(date.Edtf!)).Append('\n');
                y.Append("#     title: ").Append(YamlText.Quote(date.Excerpt)).Append('\n');
            }
        }
        foreach (var date in skipped)
        {
            y.Append("# Not suggested, line ").Append(date.Line).Append(": ").Append(YamlText.Comment(date.Note ?? date.Phrase)).Append('\n');
        }
    }

    private static void WriteQuotations(StringBuilder y, ArticleAnalysis analysis)
    {
        var full = analysis.Quotations.Where(q => !q.Short).ToList();
        var scare = analysis.Quotations.Where(q => q.Short).ToList();
        if (full.Count == 0 && scare.Count == 0) return;
        y.Append('\n');
        if (full.Count > 0)
        {
            y.Append("# Quotations, with who the sentence says speaks them, for a summary or an event; or kept for your\n");
            y.Append("# templates (briefing.extra.quotations) by uncommenting \"extra:\", \"quotations:\" and the quotation's lines.\n");
            y.Append("# extra:\n#   quotations:\n");
            foreach (var quote in full)
            {
                y.Append("#     # line ").Append(quote.Line).Append(": ");
                y.Append(quote.Who is null ? "the sentence names nobody who says it" : $"\"{YamlText.Comment(quote.Evidence ?? quote.Who)}\"");
                y.Append('\n');
                y.Append("#     - text: ").Append(YamlText.Quote(YamlText.Comment(quote.Text))).Append('\n');
                if (quote.Who is not null) y.Append("#       who: ").Append(YamlText.Quote(quote.Who)).Append('\n');
            }
        }
        if (scare.Count > 0)
        {
            y.Append("# Short quotations (under ").Append(QuotationExtractor.ShortWords).Append(" words: more likely words held at a distance than a statement): ");
            y.Append(string.Join("; ", scare.Select(q => $"\"{YamlText.Comment(q.Text)}\" (line {q.Line}{(q.Who is null ? "" : ", " + q.Who)})"))).Append('\n');
        }
    }

    private static void WriteGlossary(StringBuilder y, ArticleAnalysis analysis)
    {
        var newTerms = analysis.Acronyms.Where(a => a.Known is null).ToList();
        var newNames = analysis.Names.Where(n => n.Known is null).ToList();
        var known = analysis.Acronyms.Where(a => a.Known is not null).ToList();
        if (analysis.Acronyms.Count == 0 && analysis.Names.Count == 0 && analysis.GlossaryMentions.Count == 0) return;
        y.Append('\n');
        y.Append("# Glossary: terms belong in a file of content/glossary/, not here. Copy what is right there, without the first\n");
        y.Append("# \"# \" of each line (the entries then start at the line's start, as the glossary's do),\n");
        y.Append("# and write its definition: the article does not give one.\n");
        foreach (var acronym in known)
        {
            y.Append("# ").Append(YamlText.Comment(acronym.Acronym));
            if (acronym.Expansion is not null) y.Append(" = ").Append(YamlText.Comment(acronym.Expansion)).Append(" (").Append(YamlText.Comment(acronym.How)).Append(')');
            y.Append(": ").Append(acronym.Known!.Describe()).Append('\n');
        }
        foreach (var acronym in newTerms)
        {
            y.Append("# # ").Append(YamlText.Comment(acronym.Acronym)).Append(", line").Append(acronym.Lines.Count > 1 ? "s " : " ")
                .Append(string.Join(", ", acronym.Lines)).Append(": ").Append(YamlText.Comment(acronym.How)).Append('\n');
            y.Append("# - id: ").Append(Slug.FromOrHash(acronym.Acronym, "term")).Append('\n');
            y.Append("#   term: ").Append(YamlText.Quote(acronym.Expansion ?? acronym.Acronym)).Append('\n');
            if (acronym.Expansion is not null) y.Append("#   abbr: ").Append(YamlText.Quote(acronym.Acronym)).Append('\n');
            y.Append("#   definition: \"\"\n");
        }
        if (newNames.Count > 0)
        {
            y.Append("# Names (less sure: a name is not always worth an entry):\n");
            foreach (var name in newNames)
            {
                y.Append("# # line ").Append(name.Line).Append(", ").Append(YamlText.Comment(name.Why)).Append(": \"").Append(YamlText.Comment(name.Excerpt)).Append("\"\n");
                y.Append("# - term: ").Append(YamlText.Quote(name.Name)).Append('\n');
                y.Append("#   definition: \"\"\n");
            }
        }
        foreach (var name in analysis.Names.Where(n => n.Known is not null))
        {
            y.Append("# ").Append(YamlText.Comment(name.Name)).Append(" (").Append(YamlText.Comment(name.Why)).Append("): ").Append(name.Known!.Describe()).Append('\n');
        }
        if (analysis.GlossaryMentions.Count > 0)
        {
            y.Append("# Already in the glossary, and linked by the build: ");
            y.Append(string.Join(", ", analysis.GlossaryMentions.Select(m => $"{YamlText.Comment(m.Form)} (`{m.Term.Id}`)"))).Append('\n');
        }
    }

    private static string UniqueId(HashSet<string> ids, string slug, string phrase)
    {
        var stem = Slug.From($"{slug} {phrase}");
        if (stem.Length > Slug.MaxLength - 4) stem = stem[..(Slug.MaxLength - 4)].TrimEnd('-');
        var id = stem;
        for (var n = 2; !ids.Add(id); n++) id = $"{stem}-{n}";
        return id;
    }

    /// <summary>A title from a file name (<c>otsc-allies_silencieux.txt</c> → <c>otsc allies silencieux</c>).</summary>
    public static string FallbackTitle(string inputName)
    {
        var stem = Path.GetFileNameWithoutExtension(inputName).Replace('-', ' ').Replace('_', ' ').Trim();
        return stem.Length > 0 ? stem : "Untitled";
    }

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
