namespace Briefings.Output;

/// <summary>
/// Says in words why the disk refused a write: a read-only file system, a full disk, a permission, a path too long…
/// On Unix .NET keeps the errno in <see cref="Exception.HResult"/> of the <see cref="IOException"/> (of the inner one
/// for <see cref="UnauthorizedAccessException"/>); on Windows the HResult wraps the Win32 error.
/// </summary>
public static class IoFailure
{
    public enum Cause { Other, Permission, ReadOnly, DiskFull, Busy, PathTooLong, InTheWay, LinkLoop, DeviceError }

    /// <summary>The exception that says what went wrong, out of an aggregate of parallel writes; null when none is about the disk.</summary>
    public static Exception? Find(Exception e) => e switch
    {
        IOException or UnauthorizedAccessException => e,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.FirstOrDefault(i => i is IOException or UnauthorizedAccessException),
        _ => null,
    };

    public static Cause Classify(Exception e)
    {
        if (e is PathTooLongException) return Cause.PathTooLong;
        if (e is UnauthorizedAccessException)
        {
            // Its inner exception carries the errno: EROFS also comes as UnauthorizedAccessException on some paths.
            var inner = e.InnerException is { } cause ? Classify(cause) : Cause.Other;
            return inner == Cause.Other ? Cause.Permission : inner;
        }
        var code = e.HResult;
        if (OperatingSystem.IsWindows())
        {
            return (code & 0xFFFF0000) != 0x80070000 ? Cause.Other : (code & 0xFFFF) switch
            {
                5 => Cause.Permission,
                19 => Cause.ReadOnly,
                39 or 112 => Cause.DiskFull,
                32 or 33 => Cause.Busy,
                206 => Cause.PathTooLong,
                80 or 183 or 267 => Cause.InTheWay,
                1921 => Cause.LinkLoop,
                _ => Cause.Other,
            };
        }
        var mac = OperatingSystem.IsMacOS() || OperatingSystem.IsIOS() || OperatingSystem.IsFreeBSD();
        return code switch
        {
            1 or 13 => Cause.Permission,                  // EPERM, EACCES
            30 => Cause.ReadOnly,                         // EROFS
            28 => Cause.DiskFull,                         // ENOSPC
            122 when !mac => Cause.DiskFull,              // EDQUOT (Linux)
            69 when mac => Cause.DiskFull,                // EDQUOT (BSD)
            16 or 26 => Cause.Busy,                       // EBUSY, ETXTBSY
            36 when !mac => Cause.PathTooLong,            // ENAMETOOLONG (Linux)
            63 when mac => Cause.PathTooLong,
            17 or 20 or 21 => Cause.InTheWay,             // EEXIST, ENOTDIR, EISDIR
            39 when !mac => Cause.InTheWay,               // ENOTEMPTY (Linux)
            66 when mac => Cause.InTheWay,
            40 when !mac => Cause.LinkLoop,               // ELOOP (Linux)
            62 when mac => Cause.LinkLoop,
            5 => Cause.DeviceError,                       // EIO
            _ => Cause.Other,
        };
    }

    /// <summary>Why, in words, with the system's own message (which names the path) after it.</summary>
    public static string Describe(Exception e)
    {
        var why = Classify(e) switch
        {
            Cause.Permission => "permission denied (check the owner and mode of the folder that holds it)",
            Cause.ReadOnly => "the file system is read-only",
            Cause.DiskFull => "the disk is full (or the quota is used up)",
            Cause.Busy => "it is busy, or a mount point",
            Cause.PathTooLong => "a path is too long for the file system",
            Cause.InTheWay => "a file is in the way of a folder, or a folder in the way of a file",
            Cause.LinkLoop => "a loop of symbolic links",
            Cause.DeviceError => "an input/output error (a failing disk or a lost network share?)",
            _ => "the system refused the write",
        };
        return $"{why}: {e.Message}";
    }
}
