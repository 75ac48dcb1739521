namespace Briefings.Model;

/// <summary>A person or institution taking part in events; one timeline page per actor.</summary>
public sealed record Actor(string Name, string Slug);
