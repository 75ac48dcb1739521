namespace Briefings.Output;

/// <summary>
/// The last guard against writing outside the output folder: every output path must be relative,
/// made of plain segments, with no <c>..</c>, no drive or scheme, no backslash. Slugs are validated
/// long before; reaching this exception means a bug, not a user error.
/// </summary>
public static class OutputPath
{
    public static void Validate(string path)
    {
        if (!IsSafe(path)) throw new InvalidOperationException($"refusing to write outside the output folder: '{path}'");
    }

    /// <summary>
    /// True for the names the build keeps at the output's root for itself (its manifest, its swap marker): a
    /// published file by that name would be overwritten or would confuse the next build about what it owns.
    /// </summary>
    public static bool IsReserved(string path) =>
        path.Equals(OwnershipManifest.FileName, StringComparison.OrdinalIgnoreCase) || path.Equals(SwapJournal.MarkerName, StringComparison.OrdinalIgnoreCase);

    public static bool IsSafe(string path)
    {
        if (path.Length == 0 || path.StartsWith('/') || path.Contains('\\') || path.Contains(':') || path.Contains('\0')) return false;
        foreach (var segment in path.Split('/'))
        {
            if (segment.Length == 0 || segment is "." or "..") return false;
        }
        return true;
    }
}
