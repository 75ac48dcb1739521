using System.Runtime.InteropServices;

namespace Briefings.Content;

/// <summary>
/// What a path is and how large, and where it really leads. .NET tells a FIFO, a device or a socket from a file by no
/// public API (its attributes call them all Normal, dotnet/runtime#62868), and opening a FIFO blocks: on Linux the
/// kind comes from <c>statx</c>, which names the type without opening anything. Real paths come from the C library's
/// <c>realpath</c>, which resolves every link on the way, not only the last one.
/// </summary>
public static partial class FileFacts
{
    /// <summary>Linux's limit on links followed in one path (MAXSYMLINKS); past it, a loop.</summary>
    public const int MaxLinks = 40;

    /// <summary>What <see cref="RealPath"/> says of a loop of links (ELOOP).</summary>
    public const string LoopFailure = "a loop of symbolic links";

    /// <summary>The entry's kind and size (of the link itself unless <paramref name="follow"/>).</summary>
    public static (FileKind Kind, long Size) Of(string path, bool follow) =>
        OperatingSystem.IsLinux() ? Statx(path, follow) : Managed(path, follow);

    /// <summary>What .NET can tell: no FIFOs on Windows; a gap on macOS (documented in the README), or where statx is not allowed.</summary>
    private static (FileKind Kind, long Size) Managed(string path, bool follow)
    {
        FileSystemInfo info = new FileInfo(path);
        if (!info.Exists && Directory.Exists(path)) info = new DirectoryInfo(path);
        if (!follow && info.LinkTarget is not null) return (FileKind.SymbolicLink, 0);
        if (follow && info.LinkTarget is not null)
        {
            var target = info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !target.Exists) return (FileKind.Unknown, 0);
            info = target;
        }
        return info switch
        {
            DirectoryInfo { Exists: true } => (FileKind.Directory, 0),
            FileInfo { Exists: true } file => (FileKind.Regular, file.Length),
            _ => (FileKind.Unknown, 0),
        };
    }

    /// <summary>The path with every symbolic link resolved, or null with the reason (<c>ELOOP</c>: a loop; <c>ENOENT</c>: a link to nothing).</summary>
    public static string? RealPath(string path, out string? failure)
    {
        failure = null;
        if (OperatingSystem.IsWindows()) return WindowsRealPath(path, out failure);
        var resolved = NativeRealPath(path, 0);
        if (resolved == 0)
        {
            var errno = Marshal.GetLastPInvokeError();
            failure = errno switch
            {
                ELoop => LoopFailure,
                ENoEnt or ENotDir => "it leads to nothing",
                _ => Marshal.GetPInvokeErrorMessage(errno),
            };
            return null;
        }
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            unsafe { NativeMemory.Free((void*)resolved); }
        }
    }

    private const int EPerm = 1;
    private const int ENoEnt = 2;
    private const int ENoSys = 38;
    private const int ENotDir = 20;
    private const int ELoop = 40;

    private static string? WindowsRealPath(string path, out string? failure)
    {
        failure = null;
        try
        {
            var full = Path.GetFullPath(path);
            for (var hops = 0; hops < MaxLinks; hops++)
            {
                var info = new FileInfo(full);
                if (info.LinkTarget is not { } target) return full;
                full = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, target));
            }
            failure = LoopFailure;
            return null;
        }
        catch (IOException e)
        {
            failure = e.Message;
            return null;
        }
    }

    // statx(2): its buffer's layout is the same on every architecture, unlike struct stat's.
    private const int AtFdCwd = -100;
    private const int AtSymlinkNoFollow = 0x100;
    private const uint StatxType = 0x1;
    private const uint StatxSize = 0x200;
    private const int StatxBufferSize = 256;
    private const int ModeOffset = 0x1C;
    private const int SizeOffset = 0x28;

    private static unsafe (FileKind, long) Statx(string path, bool follow)
    {
        var buffer = stackalloc byte[StatxBufferSize];
        if (NativeStatx(AtFdCwd, path, follow ? 0 : AtSymlinkNoFollow, StatxType | StatxSize, buffer) != 0)
        {
            // A kernel before 4.11, or a container whose seccomp profile forbids statx: not a reason to see no files.
            return Marshal.GetLastPInvokeError() is ENoSys or EPerm ? Managed(path, follow) : (FileKind.Unknown, 0);
        }
        var mode = *(ushort*)(buffer + ModeOffset);
        var size = *(long*)(buffer + SizeOffset);
        var kind = (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            0xA000 => FileKind.SymbolicLink,
            0x1000 => FileKind.Fifo,
            0x2000 => FileKind.CharacterDevice,
            0x6000 => FileKind.BlockDevice,
            0xC000 => FileKind.Socket,
            _ => FileKind.Unknown,
        };
        return (kind, size);
    }

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static unsafe partial int NativeStatx(int directory, string path, int flags, uint mask, byte* buffer);

    [LibraryImport("libc", EntryPoint = "realpath", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint NativeRealPath(string path, nint resolved);
}
