namespace Briefings.Model;

/// <summary>A tag as first written (<c>Bélarus</c>) and its slug (<c>belarus</c>); tags with one slug are one tag.</summary>
public sealed record Tag(string Name, string Slug);
