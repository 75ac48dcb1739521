namespace Briefings.Output;

/// <summary>One file a build wrote: from which inputs, with which bytes, and how the file looked when written.</summary>
/// <param name="Inputs">The hash of everything the file was made from (template data, templates, configuration).</param>
/// <param name="Content">The hash of its bytes.</param>
/// <param name="LastWriteUtc">Its modification time then, in ticks: a file changed since (by hand, by another tool) is made again.</param>
public readonly record struct ManifestEntry(UInt128 Inputs, ulong Content, long Length, long LastWriteUtc);
