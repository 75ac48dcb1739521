using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Briefings.Tests.Support;

namespace Briefings.Tests.Search;

/// <summary>
/// For <c>bench/search.sh</c> only: what Pagefind's first query loads, measured the way <see cref="SearchScaleTests"/>
/// measures ours, on a site Pagefind indexed (<c>BRIEFINGS_PAGEFIND_SITE</c>). Pagefind needs a web server (it loads
/// modules and WebAssembly, which <c>file://</c> refuses), so the folder is served by <c>python3 -m http.server</c> on
/// the loopback; its JavaScript API runs the query and loads the first ten results' data, as our page shows ten.
/// </summary>
public sealed class PagefindFirstQuery
{
    [Theory]
    [InlineData("Tachkent")]
    [InlineData("sanctions")]
    [InlineData("Bélarus")]
    [InlineData("note 1234")]
    public async Task Pagefind_first_query_bytes(string query)
    {
        var site = Environment.GetEnvironmentVariable("BRIEFINGS_PAGEFIND_SITE");
        Assert.SkipWhen(site is null, "a measurement for bench/search.sh, which sets BRIEFINGS_PAGEFIND_SITE");
        var report = Environment.GetEnvironmentVariable("BRIEFINGS_SEARCH_REPORT");
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0))
        {
            probe.Start();
            port = ((IPEndPoint)probe.LocalEndpoint).Port;
        }
        var start = new ProcessStartInfo("python3") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-m", "http.server", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--bind", "127.0.0.1", "--directory", site! }) start.ArgumentList.Add(argument);
        using var server = Process.Start(start)!;
        try
        {
            await using var browser = await Chromium.LaunchAsync(loopback: true);
            var page = await browser.Browser.NewPageAsync();
            for (var i = 0; i < 50; i++)
            {
                try { await page.GotoAsync($"http://127.0.0.1:{port}/404.html"); break; }
                catch (Microsoft.Playwright.PlaywrightException) { await Task.Delay(200, TestContext.Current.CancellationToken); }
            }
            var requested = new List<string>();
            page.Request += (_, request) => { lock (requested) requested.Add(request.Url); };
            var found = await page.EvaluateAsync<int>(@"async (q) => {
                const pf = await import('/pagefind/pagefind.js');
                const search = await pf.search(q);
                await Promise.all(search.results.slice(0, 10).map(r => r.data()));
                return search.results.length;
            }", query);
            Assert.True(found > 0, $"Pagefind found nothing for '{query}'");
            List<string> files;
            lock (requested) files = requested.Select(u => new Uri(u).AbsolutePath.TrimStart('/')).Distinct().ToList();
            var bytes = files.Sum(f => new FileInfo(Path.Combine(site!, Uri.UnescapeDataString(f))).Length);
            if (report is not null) File.AppendAllText(report, $"pagefind {query}\t{bytes}\t{bytes}\t{files.Count}\t{string.Join(' ', files)}\n");
        }
        finally
        {
            server.Kill();
            server.WaitForExit();
        }
    }
}
