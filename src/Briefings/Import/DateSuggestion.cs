namespace Briefings.Import;

/// <summary>
/// A date the article mentions: <see cref="Edtf"/> when it can be written (resolved against the article's date when
/// one was given), else null with <see cref="Note"/> saying why it is not suggested (<c>last Tuesday</c> without
/// <c>--date</c>). <see cref="Note"/> also says how a value was reached (<c>year not written</c>).
/// </summary>
/// <param name="Phrase">The words as written (<c>le 13 février dernier</c>).</param>
/// <param name="Offset">Where the words start in the article's text: suggestions are listed in reading order.</param>
public sealed record DateSuggestion(string? Edtf, string Phrase, int Line, int Offset, string Excerpt, string? Note);
