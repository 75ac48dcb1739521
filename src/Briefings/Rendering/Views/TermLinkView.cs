namespace Briefings.Rendering.Views;

/// <param name="Path">The term's entry: <c>glossary/index.html#id</c>.</param>
public sealed record TermLinkView(string Id, string Term, string Path);
