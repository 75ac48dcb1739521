namespace Briefings.Model;

/// <summary>Where an article was first published. <paramref name="Published"/> is null when unknown.</summary>
public sealed record SourceReference(string Name, Uri? Url, DateOnly? Published);
