using System.Security.Cryptography;
using System.Text;

namespace Briefings.Output;

/// <summary>
/// The file a build leaves in its output folder (<see cref="FileName"/>) to say the folder is its own: which site
/// made it and every file it wrote. A later build replaces a folder that holds it, and deletes only what it lists.
/// The site is named by a hash of its real path, so publishing the folder does not publish where the site lives
/// on the author's disk. Text, sorted, without times, so an unchanged site leaves it byte for byte as it was.
/// </summary>
public sealed record OwnershipManifest(string Site, IReadOnlyCollection<string> Files)
{
    public const string FileName = ".briefings-manifest";

    private const string Header = "briefings output manifest 1";

    /// <summary>What names a site in a manifest: a hash of its real path.</summary>
    public static string SiteId(string siteFolder) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(RealPath.Of(siteFolder))))[..32];

    /// <summary>The manifest's size and time in <paramref name="folder"/> (null without one): whether another build wrote it since a look.</summary>
    public static (long, DateTime)? Stamp(string folder)
    {
        var file = new FileInfo(Path.Combine(folder, FileName));
        return file.Exists ? (file.Length, file.LastWriteTimeUtc) : null;
    }

    /// <summary>The manifest in <paramref name="folder"/>, or null when it has none or one that does not read back.</summary>
    public static OwnershipManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        string[] lines;
        try
        {
            if (!File.Exists(path)) return null;
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        if (lines.Length < 2 || lines[0] != Header || !lines[1].StartsWith("site ", StringComparison.Ordinal)) return null;
        return new(lines[1][5..], lines[2..].Where(l => l.Length > 0).Select(Unescape).ToHashSet(StringComparer.Ordinal));
    }

    public byte[] ToBytes()
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n').Append("site ").Append(Site).Append('\n');
        foreach (var file in Files.Order(StringComparer.Ordinal)) text.Append(Escape(file)).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    /// <summary>Writes the manifest into <paramref name="folder"/> through a temporary file and a rename, unless it holds these very bytes already.</summary>
    public void WriteTo(string folder, string scratchFolder)
    {
        var bytes = ToBytes();
        var path = Path.Combine(folder, FileName);
        if (File.Exists(path) && File.ReadAllBytes(path).AsSpan().SequenceEqual(bytes)) return;
        var scratch = Path.Combine(scratchFolder, FileName + ".new");
        File.WriteAllBytes(scratch, bytes);
        File.Move(scratch, path, overwrite: true);
    }

    private static string Escape(string path) => path.Replace("%", "%25").Replace("\n", "%0A").Replace("\r", "%0D");

    private static string Unescape(string line) => line.Replace("%0D", "\r").Replace("%0A", "\n").Replace("%25", "%");
}
