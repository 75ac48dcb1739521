namespace Briefings.Output;

/// <summary>
/// The steps of replacing an output folder, told to an observer as each is done: the command line holds signals
/// off from <see cref="Starting"/> to <see cref="Committed"/>, tests stop the commit after any of them as a kill would.
/// </summary>
public enum CommitStep
{
    /// <summary>The site is staged complete; nothing in the output has changed yet.</summary>
    Starting,

    /// <summary>The journal names the staging folder and the kept entries: from here a kill is recovered by the next build.</summary>
    JournalWritten,

    /// <summary>The kept entries (<c>.git</c>, <c>CNAME</c>…) were moved from the output into the staged site.</summary>
    KeptMoved,

    /// <summary>Fallback without an exchange: the old output was renamed aside, the new one not yet in place.</summary>
    OldMovedAside,

    /// <summary>The staged site is the output.</summary>
    Swapped,

    /// <summary>The journal is gone: the new site is in place for good.</summary>
    Committed,

    /// <summary>The old site is deleted.</summary>
    CleanedUp,
}
