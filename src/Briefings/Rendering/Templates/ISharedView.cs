namespace Briefings.Rendering.Templates;

/// <summary>
/// A view made once per build and read by many pages (a briefing, an event, a term): the output fingerprint
/// hashes it once and remembers it. Other views (made per page, or small) are hashed in place.
/// </summary>
public interface ISharedView : ITemplateObject;
