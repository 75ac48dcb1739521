using Briefings.Search;

namespace Briefings.Tests.Search;

/// <summary>The words of a body as search indexes and quotes them: what a reader sees in the sentence, nothing else.</summary>
public sealed class HtmlPlainTextTests
{
    [Theory]
    [InlineData("<p>Le <strong>Bélarus</strong> est lié</p>", "Le Bélarus est lié")]
    [InlineData("<p>un</p><p>deux</p><ul><li>trois</li></ul>", "un deux trois")]
    [InlineData("<p>fr<em>a</em>ppe</p>", "frappe")]
    [InlineData("<p>A &amp; B &lt;i&gt; &#233; &eacute; &unknown x</p>", "A & B <i> é é &unknown x")]
    [InlineData("<p>avant</p><script>var x = '<p>non</p>';</script><style>p { color: red }</style><p>après</p>", "avant après")]
    [InlineData("<p>Le <span class=\"term\"><a class=\"term-link\" href=\"\0\u0001\">Bélarus</a><span class=\"term-tip\" role=\"tooltip\" id=\"_tip-b\">État d’Europe.</span></span> est</p>",
        "Le Bélarus est")]
    [InlineData("<p>ligne\n  suivante</p>", "ligne suivante")]
    public void Html_becomes_the_text_a_reader_sees(string html, string text) => Assert.Equal(text, HtmlPlainText.Of(html));
}
