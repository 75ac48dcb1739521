using Briefings.Output;

namespace Briefings.Caching;

/// <summary>An output folder's manifest in its own file of the cache, written in one rename, read back only if whole.</summary>
internal static class ManifestCodec
{
    private const string Magic = "briefings-manifest";
    private const int Format = 1;

    public static OutputManifest? Read(string path, string outputFolder)
    {
        if (!File.Exists(path)) return null;
        try
        {
            var r = new CacheReader(File.ReadAllBytes(path));
            if (r.ReadString() != Magic || r.ReadInt32() != Format || r.ReadString() != outputFolder) return null;
            var count = r.ReadInt32();
            if (count < 0) return null;
            var files = new Dictionary<string, ManifestEntry>(Math.Min(count, 1 << 20), StringComparer.Ordinal);
            for (var i = 0; i < count; i++)
            {
                files[r.ReadString()] = new ManifestEntry(r.ReadUInt128(), (ulong)r.ReadInt64(), r.ReadInt64(), r.ReadInt64());
            }
            return r.AtEnd ? new OutputManifest(files) : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or UnauthorizedAccessException or ArgumentException or OverflowException or FormatException)
        {
            return null;
        }
    }

    public static void Write(string path, string outputFolder, OutputManifest manifest)
    {
        var temporary = $"{path}.{Environment.ProcessId}.tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        using (var w = new CacheWriter(stream))
        {
            w.Write(Magic);
            w.Write(Format);
            w.Write(outputFolder);
            w.Write(manifest.Files.Count);
            foreach (var (file, e) in manifest.Files)
            {
                w.Write(file);
                w.Write(e.Inputs);
                w.Write((long)e.Content);
                w.Write(e.Length);
                w.Write(e.LastWriteUtc);
            }
        }
        File.Move(temporary, path, overwrite: true);
    }
}
