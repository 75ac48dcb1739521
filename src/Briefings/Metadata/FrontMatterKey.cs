namespace Briefings.Metadata;

/// <summary>One key of the metadata, as the README documents it.</summary>
/// <param name="Type">What the value is, in the README's words (Markdown).</param>
/// <param name="Description">What the value does, in one line (Markdown).</param>
public sealed record FrontMatterKey(string Name, string Type, string Description, bool Required = false);
