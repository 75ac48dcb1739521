namespace Briefings.Content;

/// <summary>A file of the site changed while it was being built: what was read of it before no longer holds.</summary>
public sealed class InputChangedException(string path, string? message = null) : Exception(message ?? $"{path} changed while the site was built; build again")
{
    public string Path { get; } = path;
}
