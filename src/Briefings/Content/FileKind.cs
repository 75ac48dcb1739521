namespace Briefings.Content;

/// <summary>What a directory entry is, as the file system says (not as its name or .NET's attributes guess).</summary>
public enum FileKind
{
    /// <summary>Vanished, unreadable, or a type this platform does not tell.</summary>
    Unknown,
    Regular,
    Directory,
    SymbolicLink,
    Fifo,
    CharacterDevice,
    BlockDevice,
    Socket,
}
