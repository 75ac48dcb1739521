using System.Text;

namespace Briefings.Output;

/// <summary>
/// What a build is about to do to its output folder, written (and flushed to disk) before it does it: which staging
/// folder holds the new site and which kept entries it moves into it. Whatever instant a build is killed at, the
/// next one reads it and puts things back to the old site or forward to the new one (<see cref="Recover"/>).
/// </summary>
/// <param name="Id">Also written in the staged site's <see cref="MarkerName"/>: where that marker is tells whether the swap happened.</param>
/// <param name="Staging">The staging folder's name in the work folder.</param>
/// <param name="Moves">The kept entries moved from the output into the staged site, relative.</param>
public sealed record SwapJournal(string Id, string Staging, IReadOnlyList<string> Moves)
{
    /// <summary>In the root of a staged site until the swap is committed.</summary>
    public const string MarkerName = ".briefings-swap";

    private const string Header = "briefings swap journal 1";

    public static string PathIn(string work) => Path.Combine(work, "journal");

    public void Write(string work)
    {
        var text = new StringBuilder().Append(Header).Append('\n').Append("id ").Append(Id).Append('\n').Append("staging ").Append(Staging).Append('\n');
        foreach (var move in Moves) text.Append("move ").Append(move.Replace("%", "%25").Replace("\n", "%0A").Replace("\r", "%0D")).Append('\n');
        var scratch = PathIn(work) + ".new";
        using (var file = new FileStream(scratch, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            file.Write(Encoding.UTF8.GetBytes(text.ToString()));
            file.Flush(flushToDisk: true);
        }
        File.Move(scratch, PathIn(work), overwrite: true);
    }

    public static SwapJournal? Read(string work)
    {
        var path = PathIn(work);
        if (!File.Exists(path)) return null;
        var lines = File.ReadAllLines(path);
        if (lines.Length < 3 || lines[0] != Header || !lines[1].StartsWith("id ", StringComparison.Ordinal) || !lines[2].StartsWith("staging ", StringComparison.Ordinal)) return null;
        var moves = lines[3..].Where(l => l.StartsWith("move ", StringComparison.Ordinal))
            .Select(l => l[5..].Replace("%0D", "\r").Replace("%0A", "\n").Replace("%25", "%")).ToList();
        return new SwapJournal(lines[1][3..], lines[2][8..], moves);
    }

    public static void WriteMarker(string stagedSite, string id) => File.WriteAllText(Path.Combine(stagedSite, MarkerName), id);

    private static bool HasMarker(string folder, string id)
    {
        var path = Path.Combine(folder, MarkerName);
        return File.Exists(path) && File.ReadAllText(path) == id;
    }

    /// <summary>
    /// Under the output's lock: finishes or undoes what a killed build's journal says, then deletes what builds left
    /// in the work folder. The old site or the new one is in place afterwards, with every kept entry.
    /// </summary>
    /// <returns>True when it changed the output folder (a swap finished or undone, an old copy put back).</returns>
    public static bool Recover(OutputLock held)
    {
        var changed = false;
        var output = held.Output;
        var work = held.Work;
        if (Read(work) is { } journal && !journal.Staging.Contains(Path.DirectorySeparatorChar) && !journal.Staging.Contains('/'))
        {
            var staging = Path.Combine(work, journal.Staging);
            var previous = staging + ".previous";
            if (HasMarker(output, journal.Id))
            {
                // Swapped: the new site is in place, kept entries in it; only the clean-up was left.
            }
            else if (!Directory.Exists(output))
            {
                // Killed between the two renames of the fallback (or a first build's one): finish with the complete new site, else put the old one back.
                if (HasMarker(staging, journal.Id)) Directory.Move(staging, output);
                else if (Directory.Exists(previous)) Directory.Move(previous, output);
            }
            else if (MoveBack(staging, output, journal.Moves) is false)
            {
                // An entry is in both places (someone made it again meanwhile): the staged copy is kept aside, never deleted.
                Directory.Move(staging, Path.Combine(work, $"recovered-{journal.Id}"));
            }
            File.Delete(Path.Combine(output, MarkerName));
            File.Delete(PathIn(work));
            changed = true;
        }
        File.Delete(PathIn(work) + ".new");
        foreach (var folder in Directory.EnumerateDirectories(work, "staging-*")) OutputEntries.TryDelete(folder);
        return RecoverLegacy(output) || changed;
    }

    /// <summary>Puts kept entries moved into an unswapped staged site back into the output; false when one could not go back.</summary>
    private static bool MoveBack(string staging, string output, IReadOnlyList<string> moves)
    {
        var all = true;
        foreach (var move in moves)
        {
            var from = Path.Combine(staging, move);
            if (!OutputEntries.Exists(from)) continue;
            var to = Path.Combine(output, move);
            if (OutputEntries.Exists(to)) all = false;
            else OutputEntries.Move(from, to);
        }
        return all;
    }

    /// <summary>
    /// Builds before the journal staged beside the output, as <c>.NAME.staging-PID-HEX</c>, and renamed the old site to
    /// <c>….previous</c> for a moment: such a copy is the site when the output is missing.
    /// </summary>
    private static bool RecoverLegacy(string output)
    {
        var changed = false;
        var parent = Path.GetDirectoryName(output)!;
        var prefix = $".{Path.GetFileName(output)}.staging-";
        foreach (var folder in Directory.EnumerateDirectories(parent, prefix + "*").Order(StringComparer.Ordinal))
        {
            var rest = Path.GetFileName(folder)[prefix.Length..];
            var previous = rest.EndsWith(".previous", StringComparison.Ordinal);
            if (previous) rest = rest[..^".previous".Length];
            var dash = rest.IndexOf('-');
            if (dash <= 0 || !rest[..dash].All(char.IsAsciiDigit) || !rest[(dash + 1)..].All(char.IsAsciiHexDigit)) continue;
            if (previous && !Directory.Exists(output))
            {
                Directory.Move(folder, output);
                changed = true;
            }
            else OutputEntries.TryDelete(folder);
        }
        return changed;
    }
}
