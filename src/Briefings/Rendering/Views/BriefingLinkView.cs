namespace Briefings.Rendering.Views;

/// <param name="Url">Where the list has one home page (the glossary), the link already relative to it.</param>
/// <param name="Lang">Where the list has one home page, the <c>lang</c> the link needs there: the briefing's
/// language if it is not the page's, else null. Saves the template a comparison per link.</param>
public sealed record BriefingLinkView(string Title, string Path, string Language, string? Url = null, string? Lang = null);
