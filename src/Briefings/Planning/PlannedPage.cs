using Briefings.Rendering.Views;

namespace Briefings.Planning;

/// <summary>A page rendered from a template, inside a layout unless none is named.</summary>
/// <param name="Data">What the page shows, read from the site model when it renders.</param>
public sealed record PlannedPage(string Path, string Template, string? Layout, PageView Page, PageData Data)
    : PlannedOutput(Path, "text/html; charset=utf-8");
