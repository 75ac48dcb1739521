using Briefings.Diagnostics;

namespace Briefings.Model;

/// <summary>The article text: a region of a source file, kept with its offset so diagnostics point into the file.</summary>
public sealed record BriefingBody(BodyFormat Format, SourceText File, int Start)
{
    public string Text => File.Text[Start..];
}
