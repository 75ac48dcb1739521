using Briefings.Diagnostics;

namespace Briefings.Model;

/// <summary>The article text: a region of a source file, kept with its offset so diagnostics point into the file.</summary>
public sealed record BriefingBody(BodyFormat Format, SourceText File, int Start)
{
    public string Text => File.Text[Start..];

    /// <summary>A hash of the format and the text, computed on demand (never stored, so never stale).</summary>
    public string Fingerprint => Briefings.Text.Fingerprint.Of($"{Format}\n{File.Text.AsSpan(Start)}");
}
