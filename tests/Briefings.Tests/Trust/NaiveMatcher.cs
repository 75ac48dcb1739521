using Briefings.Glossary;

namespace Briefings.Tests.Trust;

/// <summary>
/// The reference for <see cref="TermMatcher"/>: from each word start, each form compared in full, the longest on word
/// boundaries kept (a case-sensitive form written alike before a case-insensitive one), the first form in order on a
/// tie. Quadratic, and plainly right; the matcher must find exactly what it finds.
/// </summary>
internal static class NaiveMatcher
{
    public static List<(int Start, int Length, string TermId, string Form)> FindAll(IReadOnlyList<TermForm> forms, string text)
    {
        var matches = new List<(int, int, string, string)>();
        var i = 0;
        while (i < text.Length)
        {
            if (IsWord(text[i]) && (i == 0 || !IsWord(text[i - 1])) && Longest(forms, text, i) is { } match)
            {
                matches.Add(match);
                i = match.Item1 + match.Item2;
            }
            else
            {
                i++;
            }
        }
        return matches;
    }

    private static (int, int, string, string)? Longest(IReadOnlyList<TermForm> forms, string text, int start)
    {
        (int, int, string, string)? best = null;
        var bestSensitive = false;
        foreach (var form in forms)
        {
            if (Normalize(form.Text) is not { Length: > 0 } wanted) continue;
            if (Read(text, start, wanted, form.CaseSensitive) is not { } end) continue;
            if (end < text.Length && IsWord(text[end])) continue;
            var length = end - start;
            if (best is null || length > best.Value.Item2 || (length == best.Value.Item2 && form.CaseSensitive && !bestSensitive))
            {
                best = (start, length, form.TermId, form.Text);
                bestSensitive = form.CaseSensitive;
            }
        }
        return best;
    }

    /// <summary>Where the text read from <paramref name="start"/> ends when it spells <paramref name="form"/>, a run of spacing as one space.</summary>
    private static int? Read(string text, int start, string form, bool caseSensitive)
    {
        var i = start;
        foreach (var wanted in form)
        {
            if (i >= text.Length) return null;
            if (wanted == ' ')
            {
                if (!char.IsWhiteSpace(text[i])) return null;
                while (i < text.Length && char.IsWhiteSpace(text[i])) i++;
                continue;
            }
            var c = Unify(text[i]);
            if (caseSensitive ? c != wanted : char.ToLowerInvariant(c) != char.ToLowerInvariant(wanted)) return null;
            i++;
        }
        return i;
    }

    private static string Normalize(string form)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var c in form.Trim())
        {
            var n = char.IsWhiteSpace(c) ? ' ' : Unify(c);
            if (n == ' ' && builder.Length > 0 && builder[^1] == ' ') continue;
            builder.Append(n);
        }
        return builder.ToString();
    }

    private static char Unify(char c) => c is '\u2019' or '\u02BC' or '\u2018' ? '\'' : c;

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || char.IsSurrogate(c) ||
        System.Globalization.CharUnicodeInfo.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.SpacingCombiningMark or System.Globalization.UnicodeCategory.EnclosingMark;
}
