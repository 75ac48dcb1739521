using System.CommandLine;
using System.Globalization;
using Briefings.Import;

namespace Briefings.Cli.Commands;

/// <summary><c>briefings import FILE.txt…</c>: plain-text articles into briefings, with their facts as values and suggestions as comments.</summary>
public static class ImportCommand
{
    public static BriefingsCommand Create(TextWriter output, TextWriter error) => Create(output, error, () => DateOnly.FromDateTime(DateTime.Now));

    /// <param name="today">The day the articles enter the briefings (tests fix it).</param>
    public static BriefingsCommand Create(TextWriter output, TextWriter error, Func<DateOnly> today)
    {
        var files = new Argument<string[]>("FILE") { Description = "Plain-text articles (UTF-8) to import", Arity = ArgumentArity.OneOrMore };
        var source = new Option<DirectoryInfo>("--source", "-s") { HelpName = "DIR", Description = "The site folder, holding content/ (default: the current folder)" };
        var date = new Option<string>("--date") { HelpName = "yyyy-mm-dd", Description = "The articles' publication date, yyyy-mm-dd: written as source.published, and the day relative dates (\"le 13 février dernier\", \"last Tuesday\") are read from" };
        var language = new Option<string>("--language") { HelpName = "fr|en", Description = "The articles' language, fr or en, when detection is not wanted or cannot decide" };
        language.AcceptOnlyFromAmong("fr", "en");
        var command = new BriefingsCommand("import", "Turn plain-text articles into briefings: the text, and a sidecar with what the article says and suggestions to confirm",
            ("briefings import article.txt", "Import one article into the site in the current folder"),
            ("briefings import --date 2023-04-20 a.txt b.txt", "Two articles published that day: relative dates (\"le 13 février dernier\") are read from it"),
            ("briefings import --language en --source ~/notes dispatch.txt", "Into another site, the language given rather than detected"));
        command.Arguments.Add(files);
        command.Options.Add(source);
        command.Options.Add(date);
        command.Options.Add(language);
        command.SetAction(parsed =>
        {
            if (SiteFolderCheck.Find(parsed, source, error) is not { } site) return ExitCodes.Usage;
            DateOnly? articleDate = null;
            if (parsed.GetValue(date) is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsedDate))
                {
                    var why = Briefings.Metadata.CalendarDateProblem.Of(text) is { } problem ? $": {problem}" : "";
                    error.WriteLine($"error: --date must be a real date written yyyy-mm-dd, not '{text}'{why}");
                    return ExitCodes.Usage;
                }
                articleDate = parsedDate;
            }
            var options = new ImportOptions(today(), articleDate, parsed.GetValue(language));
            var result = ArticleImporter.Import(parsed.GetValue(files) ?? [], site, options);
            if (!result.Succeeded)
            {
                foreach (var message in result.Errors) error.WriteLine($"error: {message}");
                error.WriteLine("nothing was written");
                return ExitCodes.ContentErrors;
            }
            foreach (var article in result.Written)
            {
                output.WriteLine(Shown(article.TextPath));
                output.WriteLine($"{Shown(article.SidecarPath)}  ({Summary(article.Analysis)})");
            }
            return ExitCodes.Success;
        });
        return command;
    }

    private static string Shown(string path) => Path.GetRelativePath(Directory.GetCurrentDirectory(), path);

    private static string Summary(ArticleAnalysis a)
    {
        var dates = a.Dates.Count(d => d.Edtf is not null);
        var terms = a.Acronyms.Count(t => t.Known is null) + a.Names.Count(n => n.Known is null);
        var quotes = a.Quotations.Count(q => !q.Short);
        return $"{a.Language}; suggested: {Count(dates, "date")}, {Count(terms, "glossary term")}, {Count(quotes, "quotation")}";
    }

    private static string Count(int n, string noun) => $"{n} {noun}{(n == 1 ? "" : "s")}";
}
