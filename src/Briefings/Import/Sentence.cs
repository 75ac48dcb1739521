namespace Briefings.Import;

/// <summary>A sentence of an article: <c>[Start, End)</c> in <see cref="ArticleText.Text"/>, on its 1-based line.</summary>
public sealed record Sentence(int Start, int End, int Line, string Text);
