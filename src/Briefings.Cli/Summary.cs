using System.Globalization;

namespace Briefings.Cli;

/// <summary>The one line a successful build or check ends with: <c>Built 1,204 pages in 0.41 s (3 warnings) into /srv/site/_site</c>,
/// numbers in the invariant culture whatever the machine's.</summary>
public static class Summary
{
    public static string Built(int pages, TimeSpan elapsed, int warnings, string target, int? rendered = null, int? rewritten = 0) =>
        Invariant($"{Built(pages, elapsed, warnings, rendered, rewritten)} into {target}");

    /// <summary>The same line without the folder: <c>serve</c> builds into a folder of its own, named once when it starts.</summary>
    public static string Built(int pages, TimeSpan elapsed, int warnings, int? rendered, int? rewritten)
    {
        var notes = new List<string>();
        if (warnings > 0) notes.Add(Count(warnings, "warning"));
        if (rendered is { } count) notes.Add(Invariant($"{count:N0} rendered, {rewritten ?? 0:N0} rewritten"));
        return Invariant($"Built {Count(pages, "page")} in {elapsed.TotalSeconds:0.00} s{Notes(notes)}");
    }

    public static string Checked(int pages, TimeSpan elapsed, int warnings) =>
        Invariant($"Checked {Count(pages, "page")} in {elapsed.TotalSeconds:0.00} s: no errors, every internal link resolves{Notes(warnings > 0 ? [Count(warnings, "warning")] : [])}");

    public static string Count(int count, string noun) => Invariant($"{count:N0} {noun}{(count == 1 ? "" : "s")}");

    private static string Notes(IReadOnlyList<string> notes) => notes.Count == 0 ? "" : $" ({string.Join("; ", notes)})";

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
