namespace Briefings.Import;

/// <summary>A word at <c>[Start, Start + Text.Length)</c> of the text it was read from, after its elision, and
/// whether only spaces separate it from the word before (a comma or a parenthesis ends a phrase).</summary>
public readonly record struct Word(int Start, string Text, bool JoinedToPrevious);
