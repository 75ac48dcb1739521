using System.Security.Cryptography;
using System.Text;

namespace Briefings.Cli.Serve;

/// <summary>
/// Where <c>serve</c> builds unless told otherwise: a folder of its own in the temp folder, never the site's
/// <c>_site/</c>, which is what people deploy (drafts and a preview's state must not end up there). Named by a hash of the
/// user and the site's real path, so the next <c>serve</c> of the site finds its manifest and builds incrementally (after
/// a kill; a clean stop deletes it); made readable by its owner only. A folder of that name that is not ours, or that
/// another <c>serve</c> of the same site holds, is left alone for a fresh one. The temp folder rather than
/// <c>$XDG_RUNTIME_DIR</c>: that one is a small tmpfs meant for sockets and locks, and a large site's output with its
/// staging copy is hundreds of megabytes.
/// </summary>
public sealed class PrivateOutput : IDisposable
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    private readonly FileStream _held;

    private PrivateOutput(string folder, FileStream held)
    {
        Folder = folder;
        _held = held;
    }

    /// <summary>The private folder: the site is built into <see cref="Site"/>, the build's work folder lies beside it.</summary>
    public string Folder { get; }

    public string Site => Path.Combine(Folder, "site");

    public static PrivateOutput Create(string realSite)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Environment.UserName + "\0" + realSite)))[..16];
        var named = Path.Combine(Path.GetTempPath(), $"briefings-serve-{hash}");
        return TryTake(named) ?? TryTake(Directory.CreateTempSubdirectory("briefings-serve-").FullName)
            ?? throw new IOException($"could not make a private folder to build into under {Path.GetTempPath()}");
    }

    /// <summary>The folder, made or found, when it is a folder (not a link) that is ours and that no other serve holds.</summary>
    private static PrivateOutput? TryTake(string folder)
    {
        try
        {
            if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
            else Directory.CreateDirectory(folder, OwnerOnly);
            if (new DirectoryInfo(folder).LinkTarget is not null) return null; // before the chmod, which would follow it
            // Only the owner may change a folder's mode: this fails on someone else's folder of the same name.
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder, OwnerOnly);
            var held = new FileStream(Path.Combine(folder, "serve.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1);
            return new PrivateOutput(folder, held);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Deletes the folder and all the builds left there.</summary>
    public void Dispose()
    {
        _held.Dispose();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Left for the temp folder's cleaning; the next serve of this site reuses it.
        }
    }
}
