using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace Briefings.Text;

/// <summary>Content hashes that name an input for caches: equal content, equal fingerprint.</summary>
public static class Fingerprint
{
    public static string Of(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string Of(ReadOnlySpan<char> text) => Of(MemoryMarshal.AsBytes(text));
}
