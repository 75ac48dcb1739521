namespace Briefings.Scaffolding;

/// <summary>A file a scaffold makes: its path relative to the site folder (with <c>/</c>) and its text, written as UTF-8.</summary>
public sealed record ScaffoldFile(string Path, string Text);
