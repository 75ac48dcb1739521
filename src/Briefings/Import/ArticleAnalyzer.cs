namespace Briefings.Import;

/// <summary>Reads an article once for everything the sidecar says of it. Pure: the text and the glossary in, the analysis out.</summary>
public static class ArticleAnalyzer
{
    public static ArticleAnalysis Analyze(string text, ImportOptions options, GlossaryIndex glossary)
    {
        var sourceLine = SourceLineReader.Read(text);
        var article = new ArticleText(text, sourceLine?.Line);
        var body = string.Join('\n', article.Sentences.Select(s => s.Text));
        var detected = LanguageDetector.Detect(body);
        var language = options.Language ?? detected.Language;
        if (language is null)
        {
            return new ArticleAnalysis(article, sourceLine, detected, null, [], [], [], [], []);
        }
        var dates = DateExtractor.Extract(article, language, options.ArticleDate);
        var acronyms = AcronymExtractor.Extract(article, glossary);
        var expansions = acronyms.Where(a => a.Expansion is not null).Select(a => a.Expansion!);
        var names = NameExtractor.Extract(article, glossary, expansions);
        var quotations = QuotationExtractor.Extract(article);
        var mentions = glossary.Mentions(body);
        return new ArticleAnalysis(article, sourceLine, detected, language, dates, acronyms, names, quotations, mentions);
    }
}
