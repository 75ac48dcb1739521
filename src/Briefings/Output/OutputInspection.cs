namespace Briefings.Output;

/// <summary>What an output folder holds, as seen before a build replaces it.</summary>
/// <param name="Exists">False when there is no folder yet (then nothing else is set).</param>
/// <param name="Owned">What earlier builds wrote there (its manifest, and the cache's list for folders older than manifests).</param>
/// <param name="Kept">Entries no build wrote that <c>keep:</c> matches, relative, the topmost only (a kept folder whole).</param>
/// <param name="Foreign">Entries no build wrote and nothing keeps (a folder holding only such entries is named once, with a trailing /).</param>
/// <param name="OtherSite">True when its manifest is another site's.</param>
public sealed record OutputInspection(bool Exists, IReadOnlySet<string> Owned, IReadOnlyList<string> Kept, IReadOnlyList<string> Foreign, bool OtherSite)
{
    public static OutputInspection Missing { get; } = new(false, new HashSet<string>(), [], [], false);

    /// <summary>True when a build may replace the folder without <c>--force</c>.</summary>
    public bool IsOurs => Foreign.Count == 0 && !OtherSite;

    /// <summary>Why the folder is refused without <c>--force</c>, naming a few of its entries, as Zola does; null when it is ours.</summary>
    public string? Refusal(string shown)
    {
        if (IsOurs) return null;
        if (OtherSite)
            return $"the output folder '{shown}' was written by another site folder (or this one before it moved); pass --force to let this site take it over, or choose another --output";
        var names = string.Join(", ", Foreign.Take(5).Select(n => $"'{n}'")) + (Foreign.Count > 5 ? $" and {Foreign.Count - 5} more" : "");
        return $"the output folder '{shown}' is not empty and holds {names} that Briefings did not write; " +
            "choose another --output (a new or empty folder), list what must stay under 'keep:' in content/site.yml, " +
            "or pass --force to replace the folder's other contents with the site (what 'keep:' lists, and .git, CNAME and .nojekyll, always stay)";
    }
}
