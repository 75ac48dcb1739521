namespace Briefings.Cli.Serve;

/// <summary>A request path mapped: the outcome and, for a file, its real path; for a redirect, the (decoded) path to go to; for a relative path, itself.</summary>
public sealed record PathDecision(PathOutcome Outcome, string? Value = null)
{
    public static PathDecision NotFound { get; } = new(PathOutcome.NotFound);

    public static PathDecision BadRequest { get; } = new(PathOutcome.BadRequest);

    public static PathDecision RedirectTo(string path) => new(PathOutcome.Redirect, path);

    public static PathDecision FileAt(string path) => new(PathOutcome.File, path);
}
