namespace Briefings.Metadata;

/// <summary>"Did you mean …?" for misspelt keys and ids: the closest known word within a small edit distance.</summary>
/// <remarks>Bounded work whatever the input: words longer than <see cref="MaxWordLength"/> get no guess, candidates
/// whose length alone puts them out of reach are skipped, and a distance stops as soon as it exceeds the limit,
/// in two rows of memory (a 40,000-character id against 40,000-character ids once filled a 6 GB matrix).</remarks>
public static class Suggestions
{
    /// <summary>Longer words (an id pasted twice, a line of noise) are not typos of a known word: no guess is made.</summary>
    public const int MaxWordLength = 64;

    public static string? Closest(string word, IEnumerable<string> candidates)
    {
        if (word.Length < 3 || word.Length > MaxWordLength) return null; // one edit away from most short words: no useful guess
        var limit = Math.Max(1, word.Length / 3);
        var lower = word.ToLowerInvariant();
        string? best = null;
        var bestDistance = limit + 1;
        foreach (var candidate in candidates)
        {
            if (Math.Abs(candidate.Length - lower.Length) >= bestDistance) continue;
            var distance = Distance(lower, candidate, bestDistance - 1);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return best;
    }

    /// <summary>Optimal string alignment distance: Levenshtein plus adjacent transpositions (<c>tilte</c>).</summary>
    public static int Distance(string a, string b) => Distance(a, b, Math.Max(a.Length, b.Length));

    /// <summary>The distance when it is at most <paramref name="max"/>, else some number above it, found in
    /// O(max × length) time: only cells within <paramref name="max"/> of the diagonal can stay within reach.</summary>
    public static int Distance(string a, string b, int max)
    {
        if (Math.Abs(a.Length - b.Length) > max) return max + 1;
        var over = max + 1;
        // Three rows: the transposition looks two back.
        var before = new int[b.Length + 1];
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = Math.Min(j, over);
        for (var i = 1; i <= a.Length; i++)
        {
            var from = Math.Max(1, i - max);
            var to = Math.Min(b.Length, i + max);
            current[0] = Math.Min(i, over);
            if (from > 1) current[from - 1] = over;
            var rowMin = current[0];
            for (var j = from; j <= to; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var d = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d = Math.Min(d, before[j - 2] + 1);
                current[j] = Math.Min(d, over);
                rowMin = Math.Min(rowMin, current[j]);
            }
            if (to < b.Length) current[to + 1] = over;
            if (rowMin > max) return over;
            (before, previous, current) = (previous, current, before);
        }
        return previous[b.Length];
    }
}
