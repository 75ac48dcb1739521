namespace Briefings.Output;

public enum FolderBuildOutcome
{
    /// <summary>The site was built and swapped into the output folder.</summary>
    Built,

    /// <summary>The content or templates have errors (or warnings, when strict); the output folder was left as it was.</summary>
    Failed,

    /// <summary>The folders given cannot be used: no site folder, an output folder the build would destroy or that holds what no build wrote, another build writing into it.</summary>
    Refused,

    /// <summary>The disk refused a write (full, read-only); the output folder was left as it was.</summary>
    WriteFailed,

    /// <summary>A file of the site changed while it was read (an editor saving, a checkout); the output folder was left as it was, and a build now would see the change.</summary>
    InputChanged,

    /// <summary>Cancelled (a signal) before the swap; the output folder was left as it was.</summary>
    Interrupted,
}
