namespace Briefings.Content;

/// <summary>The file or pair of files that make one briefing: a .md, or a .txt with its .yml sidecar.</summary>
public sealed record BriefingSource(string Name, InputFile? Markdown, InputFile? Text, InputFile? Sidecar)
{
    /// <summary>A hash of every file of the briefing, with their paths: equal inputs parse alike.</summary>
    public string Fingerprint => Briefings.Text.Fingerprint.Of(string.Join('\n',
        new[] { Markdown, Text, Sidecar }.OfType<InputFile>().Select(f => $"{f.Path}\n{f.Fingerprint}")));

    /// <summary>For a page bundle (<c>content/briefings/trip/index.md</c>), its folder: <c>content/briefings/trip</c>.</summary>
    public string? Bundle { get; init; }

    /// <summary>The bundle's other files (images, attachments), published beside the briefing's page.</summary>
    public IReadOnlyList<InputFile> Attachments { get; init; } = [];

    /// <summary>The file that holds the metadata, as <see cref="Model.Briefing.MetadataFile"/> names it.</summary>
    public string MetadataPath => (Markdown ?? Sidecar ?? Text)!.Path;
}
