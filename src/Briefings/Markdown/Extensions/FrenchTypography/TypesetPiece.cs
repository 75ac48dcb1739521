namespace Briefings.Markdown.Extensions.FrenchTypography;

/// <summary>A run of typeset text, written on the line or as a superscript (the <c>er</c> of <c>1er</c>).</summary>
public readonly record struct TypesetPiece(string Text, bool Superscript);
