using Microsoft.Playwright;

namespace Briefings.Tests.Support;

/// <summary>A launched Chromium and the Playwright driver that runs it; disposing closes both (the driver is a process of its own).</summary>
public sealed class ChromiumSession(IPlaywright playwright, IBrowser browser) : IAsyncDisposable
{
    public IBrowser Browser => browser;

    public async ValueTask DisposeAsync()
    {
        await browser.DisposeAsync();
        playwright.Dispose();
    }
}
