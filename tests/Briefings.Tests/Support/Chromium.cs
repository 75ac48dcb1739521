using Microsoft.Playwright;

namespace Briefings.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright, headless; never a downloaded browser.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    /// <summary>Skips the test (fails it under CI) where Debian's Chromium is not installed.</summary>
    public static void Require() =>
        ExternalTool.Require(File.Exists(ExecutablePath), $"{ExecutablePath} is missing, so no page is checked in a browser",
            "install Debian's chromium (apt-get install chromium; .ci/run does)");

    /// <param name="loopback">Lets pages reach 127.0.0.1 (the preview server's tests); nothing else is reachable either way.</param>
    /// <param name="fileAccess">Lets <c>file://</c> pages fetch other files (<c>--allow-file-access-from-files</c>). A reader's
    /// browser does not: a test of what works from disk must launch without it, or it passes on a design that fails for readers.</param>
    public static async Task<ChromiumSession> LaunchAsync(bool loopback = false, bool fileAccess = true)
    {
        Require();
        var playwright = await Playwright.CreateAsync();
        try
        {
            var browser = await playwright.Chromium.LaunchAsync(new()
            {
                ExecutablePath = ExecutablePath,
                Headless = true,
                Args =
                [
                    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync",
                    // nothing leaves the machine, whatever a page asks for
                    loopback ? "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" : "--host-resolver-rules=MAP * ~NOTFOUND",
                    .. (fileAccess ? (string[])["--allow-file-access-from-files"] : []),
                ],
            });
            return new ChromiumSession(playwright, browser);
        }
        catch
        {
            playwright.Dispose();
            throw;
        }
    }
}
