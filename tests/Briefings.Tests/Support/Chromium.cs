using Microsoft.Playwright;

namespace Briefings.Tests.Support;

/// <summary>Debian's Chromium driven by Playwright, headless; never a downloaded browser.</summary>
public static class Chromium
{
    public const string ExecutablePath = "/usr/bin/chromium";

    public static async Task<IBrowser> LaunchAsync()
    {
        ExternalTool.Require(File.Exists(ExecutablePath), $"{ExecutablePath} is missing, so no page is checked in a browser",
            "install Debian's chromium (apt-get install chromium; .ci/run does)");
        var playwright = await Playwright.CreateAsync();
        return await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--allow-file-access-from-files",
                "--host-resolver-rules=MAP * ~NOTFOUND", // nothing leaves the machine, whatever a page asks for
            ],
        });
    }
}
