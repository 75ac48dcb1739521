using Briefings.Configuration;
using Briefings.Markdown;
using Briefings.Markdown.Extensions.FrenchTypography;

namespace Briefings.Tests.Typography;

/// <summary>
/// French typography as a reader sees it, on the pitfalls of research section 5: the spaces and quotes of French prose,
/// and nothing changed in code, addresses, attributes or another language. In expected HTML, <c>~</c> is a no-break
/// space (U+00A0) and <c>^</c> a narrow one (U+202F).
/// </summary>
public sealed class FrenchTypographyTests
{
    private static readonly Markdig.MarkdownPipeline Pipeline = MarkdownPipelineFactory.Create(MarkdownOptions.Default);

    public static string Typeset(string markdown)
    {
        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        FrenchTypographyPass.Typeset(document);
        return Markdig.Markdown.ToHtml(document, Pipeline).Trim();
    }

    private static string Expected(string html) => html.Replace('~', '\u00A0').Replace('^', '\u202F');

    [Theory]
    // Spaces before the marks: added, or the typed ones replaced (plain, no-break, thin, several), never doubled.
    [InlineData("Minsk : la réponse", "<p>Minsk~: la réponse</p>")]
    [InlineData("Minsk: la réponse", "<p>Minsk~: la réponse</p>")]
    [InlineData("Minsk\u00A0\u00A0 : la réponse", "<p>Minsk~: la réponse</p>")]
    [InlineData("Pourquoi ?", "<p>Pourquoi^?</p>")]
    [InlineData("Pourquoi?", "<p>Pourquoi^?</p>")]
    [InlineData("Pourquoi\u00A0?", "<p>Pourquoi^?</p>")]
    [InlineData("Pourquoi\u2009?", "<p>Pourquoi^?</p>")]
    [InlineData("Vite ! Allez ; ensuite", "<p>Vite^! Allez^; ensuite</p>")]
    [InlineData("Quoi !? Vraiment ?!", "<p>Quoi^!? Vraiment^?!</p>")]
    [InlineData("Enfin !!!", "<p>Enfin^!!!</p>")]
    [InlineData("Ah ?..", "<p>Ah^?..</p>")]
    [InlineData("(?) et [!]", "<p>(?) et [!]</p>")]
    [InlineData(": au début", "<p>: au début</p>")]
    // Guillemets, straight quotes, apostrophes.
    [InlineData("« allié »", "<p>«~allié~»</p>")]
    [InlineData("«allié»", "<p>«~allié~»</p>")]
    [InlineData("\"allié\"", "<p>«~allié~»</p>")]
    [InlineData("il dit \"le mot \"juste\" ici\" puis", "<p>il dit «~le mot “juste” ici~» puis</p>")]
    [InlineData("« Pourquoi ? »", "<p>«~Pourquoi^?~»</p>")]
    [InlineData("\"Pourquoi?\"", "<p>«~Pourquoi^?~»</p>")]
    [InlineData("l'OTSC, aujourd'hui", "<p>l’OTSC, aujourd’hui</p>")]
    // Not punctuation: times, addresses, code-like text, entities, shortcodes.
    [InlineData("à 10:30 et 12:00 UTC", "<p>à 10:30 et 12:00 UTC</p>")]
    [InlineData("std::vector, C:\\ et example.org:8080", "<p>std::vector, C:\\ et example.org:8080</p>")]
    [InlineData("a;b !important ?q=1", "<p>a;b !important ?q=1</p>")]
    [InlineData("A &amp; B", "<p>A &amp; B</p>")]
    [InlineData("Bravo :tada: !", "<p>Bravo :tada:^!</p>")]
    [InlineData("Bravo 🎉 !", "<p>Bravo 🎉^!</p>")]
    // Code and URLs are never touched, and what surrounds them still is.
    [InlineData("`Note: a ? b` ?", "<p><code>Note: a ? b</code>^?</p>")]
    [InlineData("Voir https://x.org/a?b=1 et <https://y.org/?q> ; fin", "<p>Voir <a href=\"https://x.org/a?b=1\">https://x.org/a?b=1</a> et <a href=\"https://y.org/?q\">https://y.org/?q</a>^; fin</p>")]
    [InlineData("Lien : [https://x.org/?](https://x.org/?)", "<p>Lien~: <a href=\"https://x.org/?\">https://x.org/?</a></p>")]
    [InlineData("[Quoi ?](https://x.org/?a \"Titre : un\")", "<p><a href=\"https://x.org/?a\" title=\"Titre : un\">Quoi^?</a></p>")]
    [InlineData("![Carte : Minsk ?](c.png)", "<p><img src=\"c.png\" alt=\"Carte : Minsk ?\" /></p>")]
    [InlineData("```\nNote: l'a ?\n```", "<pre><code>Note: l'a ?\n</code></pre>")]
    [InlineData("<span title=\"a : b\">Qui ?</span>", "<p><span title=\"a : b\">Qui^?</span></p>")]
    [InlineData("<code>a ? b</code> et <kbd>Ctrl : C</kbd> ?", "<p><code>a ? b</code> et <kbd>Ctrl : C</kbd>^?</p>")]
    [InlineData("<q lang=\"en\">Why? \"Because\"</q> : dit-il", "<p><q lang=\"en\">Why? &quot;Because&quot;</q>~: dit-il</p>")]
    [InlineData("<div lang=\"en\">\n\nWhy? It's \"fine\".\n\n</div>\n\nEt toi ?", "<div lang=\"en\">\n<p>Why? It's &quot;fine&quot;.</p>\n</div>\n<p>Et toi^?</p>")]
    // Across nodes: the mark after an emphasis, the spaces inside it.
    [InlineData("*Vraiment*?", "<p><em>Vraiment</em>^?</p>")]
    [InlineData("*Vraiment* ?", "<p><em>Vraiment</em>^?</p>")]
    [InlineData("**Attention :** lire", "<p><strong>Attention~:</strong> lire</p>")]
    [InlineData("# Titre : un", "<h2 id=\"titre--un\">Titre~: un</h2>")]
    [InlineData("| Qui ? | Quoi : |\n| --- | --- |\n| l'OTSC | « oui » |", "<table>\n<thead>\n<tr>\n<th>Qui^?</th>\n<th>Quoi~:</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>l’OTSC</td>\n<td>«~oui~»</td>\n</tr>\n</tbody>\n</table>")]
    [InlineData("> Pourquoi ?\n> Parce que : voilà.", "<blockquote>\n<p>Pourquoi^?\nParce que~: voilà.</p>\n</blockquote>")]
    // Ordinals raised where the Abrégé raises them; words that look like them are left.
    [InlineData("le 1er avril, la 1re fois, les 2e et 3es", "<p>le 1<sup>er</sup> avril, la 1<sup>re</sup> fois, les 2<sup>e</sup> et 3<sup>es</sup></p>")]
    [InlineData("le XXe siècle, François Ier, la Ve République, XIXe-XXe", "<p>le XX<sup>e</sup> siècle, François I<sup>er</sup>, la V<sup>e</sup> République, XIX<sup>e</sup>-XX<sup>e</sup></p>")]
    [InlineData("Le De Ce Me Les Mes Ces Vers Mer Dès Vie", "<p>Le De Ce Me Les Mes Ces Vers Mer Dès Vie</p>")]
    [InlineData("1e10, #3e3e3e, v2e, 2ème", "<p>1e10, #3e3e3e, v2e, 2ème</p>")]
    [InlineData("le 1<sup>er</sup> mai", "<p>le 1<sup>er</sup> mai</p>")]
    public void French_text_is_typeset_and_nothing_else(string markdown, string html) =>
        Assert.Equal(Expected(html), Typeset(markdown));

    [Fact]
    public void A_plain_text_article_is_typeset_and_its_bare_addresses_are_not()
    {
        var document = PlainTextDocument.Create("Voir https://x.org/faq? ou www.y.org/a?b : c'est clair ?\nLe 1er avril.");
        FrenchTypographyPass.Typeset(document);
        Assert.Equal(Expected("<p>Voir https://x.org/faq? ou www.y.org/a?b~: c’est clair^?</p>\n<p>Le 1<sup>er</sup> avril.</p>"),
            Markdig.Markdown.ToHtml(document, Pipeline).Trim());
    }

    [Theory]
    [InlineData("Minsk : la « réponse » ; pourquoi ? l'OTSC, le 1er avril, le XXe siècle !")]
    [InlineData("*Vraiment*? \"Oui\" : `a ? b` https://x.org/?q ; fin")]
    public void Typeset_text_typesets_to_itself(string markdown)
    {
        var once = Typeset(markdown);
        // The HTML read back as Markdown: the same typeset text (superscripts are raw HTML then, left as they are).
        var twice = Typeset(once.Replace("<p>", "").Replace("</p>", ""));
        Assert.Equal(once, "<p>" + twice[3..^4] + "</p>");
    }

    [Fact]
    public void Plain_texts_get_the_spaces_and_quotes_but_keep_ordinals_on_the_line()
    {
        Assert.Equal("Le traité de Tachkent\u00A0: une alliance qui n’a jamais protégé la Russie\u202F?",
            FrenchTypography.Text("Le traité de Tachkent : une alliance qui n'a jamais protégé la Russie ?", "fr", enabled: true));
        Assert.Equal("le 1er avril", FrenchTypography.Text("le 1er avril", "fr-BE", enabled: true));
        Assert.Equal("Why? It's : fine", FrenchTypography.Text("Why? It's : fine", "en", enabled: true));
        Assert.Equal("Pourquoi ?", FrenchTypography.Text("Pourquoi ?", "fr", enabled: false));
    }
}
