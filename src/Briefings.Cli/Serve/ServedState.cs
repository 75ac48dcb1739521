namespace Briefings.Cli.Serve;

/// <summary>What the server needs to know of the builds, replaced as a whole after each one.</summary>
/// <param name="Build">The number of the last good build (0: none yet), written into the pages' reload tag.</param>
/// <param name="BasePath">The decoded path of <c>base_url</c> without its last slash (<c>/sub</c>), or empty.</param>
/// <param name="Errors">The last build's errors as printed, when it failed; null when it succeeded or is still running.</param>
public sealed record ServedState(long Build, string BasePath, IReadOnlyList<string>? Errors)
{
    public static ServedState Initial(string basePath) => new(0, basePath, null);
}
