using System.Runtime.InteropServices;

namespace Briefings.Output;

/// <summary>
/// Swaps two folders in one step with Linux's <c>renameat2(RENAME_EXCHANGE)</c>, so the output is never missing, not even
/// for an instant. Where the kernel, the file system or the C library cannot (other systems, NFS, FUSE, old glibc),
/// says so and the caller falls back on two renames under a journal.
/// </summary>
internal static partial class DirectoryExchange
{
    private const int AtCurrentFolder = -100;
    private const uint RenameExchange = 2;

    /// <returns>False when exchanging is not supported here; throws <see cref="IOException"/> (HResult the errno) for any other failure.</returns>
    public static bool TryExchange(string first, string second)
    {
        if (!OperatingSystem.IsLinux()) return false;
        int result;
        try
        {
            result = RenameAt2(AtCurrentFolder, first, AtCurrentFolder, second, RenameExchange);
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false;
        }
        if (result == 0) return true;
        var errno = Marshal.GetLastPInvokeError();
        // EINVAL: flag unknown to this file system; ENOSYS: kernel or seccomp; EOPNOTSUPP; EXDEV (overlayfs lower layer).
        if (errno is 22 or 38 or 95 or 18) return false;
        throw new IOException($"{Marshal.GetPInvokeErrorMessage(errno)} : '{second}'", errno);
    }

    [LibraryImport("libc", EntryPoint = "renameat2", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int RenameAt2(int oldFolder, string oldPath, int newFolder, string newPath, uint flags);
}
