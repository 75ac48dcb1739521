using Briefings.Content;

namespace Briefings.Rendering;

/// <param name="Name">Relative to the theme root, as templates include it: <c>partials/head.html</c>.</param>
/// <param name="File">The file itself; its path says where it came from (the site or the built-in theme).</param>
public sealed record ThemeFile(string Name, InputFile File);
