namespace Briefings.Cli.Serve;

/// <summary>What the server does with a request's path.</summary>
public enum PathOutcome
{
    /// <summary>Parsed, not looked up yet: a relative path under the site's root (<see cref="SitePath.Parse"/> only).</summary>
    Relative,

    /// <summary>A file inside the site, by its real path.</summary>
    File,

    /// <summary>Send the browser elsewhere: a folder without its slash, or the root when the site lives under a sub-path.</summary>
    Redirect,

    /// <summary>Nothing there, or a path that leads outside the site (which is not told apart).</summary>
    NotFound,

    /// <summary>A path no link of the site can produce: a backslash, a percent escape left encoded, NUL, a dot segment.</summary>
    BadRequest,
}
