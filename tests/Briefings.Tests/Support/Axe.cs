using System.Text.Json;
using Microsoft.Playwright;

namespace Briefings.Tests.Support;

/// <summary>axe-core run in a page: the WCAG 2.2 A and AA rules (axe has no <c>wcag22a</c> tag) and its best practices.</summary>
public static class Axe
{
    public static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];

    /// <summary>Injects axe.min.js into the page (as a script element, which works from <c>file://</c>) unless it is there.</summary>
    public static async Task InjectAsync(IPage page, string axeScript)
    {
        if (!await page.EvaluateAsync<bool>("() => typeof axe !== 'undefined'")) await page.AddScriptTagAsync(new() { Path = axeScript });
    }

    /// <summary>Every violation, as <c>rule-id (impact): help: target, target…</c>.</summary>
    public static async Task<IReadOnlyList<string>> ViolationsAsync(IPage page)
    {
        // The tags go in as a JSON string: EvaluateAsync cannot take a JsonElement, and a string array is plain.
        var found = await page.EvaluateAsync<JsonElement>(@"async (tags) => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: JSON.parse(tags) }, resultTypes: ['violations'] });
            return result.violations.map(v => v.id + ' (' + v.impact + '): ' + v.help + ': ' + v.nodes.map(n => n.target.join(' ')).join(', '));
        }", JsonSerializer.Serialize(Tags));
        return found.EnumerateArray().Select(v => v.GetString()!).ToList();
    }
}
