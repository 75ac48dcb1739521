namespace Briefings.Output;

public enum FolderBuildOutcome
{
    /// <summary>The site was built and swapped into the output folder.</summary>
    Built,

    /// <summary>The content or templates have errors (or warnings, when strict); the output folder was left as it was.</summary>
    Failed,

    /// <summary>The folders given cannot be used: no site folder, or an output folder the build would destroy.</summary>
    Refused,

    /// <summary>The disk refused a write (full, read-only); the output folder was left as it was.</summary>
    WriteFailed,
}
