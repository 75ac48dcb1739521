using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Briefings.Cli;
using Briefings.Configuration;

namespace Briefings.Tests.Serve;

/// <summary>
/// <c>briefings serve</c> on a free loopback port, driven over HTTP as a browser would: what it serves and with which
/// headers, what no path can reach, the rebuild and the events after an edit, a broken edit, a fix, a busy port and the stop.
/// </summary>
public sealed class ServerTests
{
    private static readonly TimeSpan Soon = TimeSpan.FromSeconds(3);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("assets/style.css", "text/css; charset=utf-8")]
    [InlineData("assets/briefings.js", "text/javascript; charset=utf-8")]
    [InlineData("app.js", "text/javascript; charset=utf-8")]
    [InlineData("data.json", "application/json; charset=utf-8")]
    [InlineData("pic.svg", "image/svg+xml; charset=utf-8")]
    [InlineData("feed.xml", "text/xml; charset=utf-8")]
    [InlineData("notes.txt", "text/plain; charset=utf-8")]
    [InlineData("pic.png", "image/png")]
    public async Task Files_are_served_as_built_with_their_type_and_no_store(string path, string type)
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte."));
        using var response = await served.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        // Byte for byte what the build wrote: nothing is added outside HTML.
        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(served.Session.OutputFolder, path), Cancel), await response.Content.ReadAsByteArrayAsync(Cancel));
    }

    [Fact]
    public async Task Pages_get_the_reload_script_before_their_last_body_end_and_the_files_on_disk_stay_as_built()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte original."));
        var onDisk = Path.Combine(served.Session.OutputFolder, "briefings", "a", "index.html");
        var before = await File.ReadAllBytesAsync(onDisk, Cancel);
        using var response = await served.GetAsync("briefings/a/");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        var page = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("Texte original.", page);
        var tag = page.IndexOf("<script src=\"/__briefings/live.js\" data-build=\"1\"></script>", StringComparison.Ordinal);
        Assert.True(tag > 0, page);
        Assert.Equal(page.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase), page.IndexOf("</script></body>", tag, StringComparison.Ordinal) + "</script>".Length);
        Assert.Equal(before, await File.ReadAllBytesAsync(onDisk, Cancel));
        Assert.DoesNotContain("__briefings", Encoding.UTF8.GetString(before));
        Assert.Equal(before.Length + LiveReloadTagLength(1), Encoding.UTF8.GetByteCount(page));

        var script = await served.GetAsync("__briefings/live.js");
        Assert.Equal("text/javascript; charset=utf-8", script.Content.Headers.ContentType?.ToString());
        Assert.Contains("EventSource", await script.Content.ReadAsStringAsync(Cancel));
    }

    private static int LiveReloadTagLength(long build) => Briefings.Cli.Serve.LiveReload.Tag(build).Length;

    [Fact]
    public async Task Misses_get_the_sites_own_404_page_with_status_404_folders_their_slash_and_head_the_headers_alone()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte."));
        using var missing = await served.GetAsync("nothing/here.html");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("text/html; charset=utf-8", missing.Content.Headers.ContentType?.ToString());
        var notFound = await File.ReadAllTextAsync(Path.Combine(served.Session.OutputFolder, "404.html"), Cancel);
        var page = await missing.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("/__briefings/live.js", page);
        Assert.Equal(notFound, page.Replace(Encoding.UTF8.GetString(Briefings.Cli.Serve.LiveReload.Tag(1)), ""));

        using var folder = await served.GetAsync("briefings/a");
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal("/briefings/a/", folder.Headers.Location?.OriginalString);

        using var get = await served.GetAsync("");
        using var head = await served.Http.SendAsync(new HttpRequestMessage(HttpMethod.Head, served.Url("")), Cancel);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Cancel));

        using var post = await served.Http.PostAsync(served.Url(""), new StringContent("x"), Cancel);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    /// <summary>Sent as raw bytes: HttpClient would normalise these before they left.</summary>
    [Theory]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/..%2F..%2F..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/.%2e/.%2e/etc/passwd")]
    [InlineData("/../../../etc/passwd")]
    [InlineData("/briefings/%2e%2e/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/..\\..\\..\\etc\\passwd")]
    [InlineData("/%5c..%5c..%5c..%5cetc%5cpasswd")]
    [InlineData("/..%5c..%5cetc/passwd")]
    [InlineData("/%252e%252e/%252e%252e/etc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/%00")]
    [InlineData("/index.html%00.css")]
    [InlineData("/../serve.lock")]
    [InlineData("/..%2fserve.lock")]
    [InlineData("/%2e%2e/serve.lock")]
    [InlineData("/%2e%2e%2fserve.lock")]
    [InlineData("http://127.0.0.1/../../etc/passwd")]
    public async Task No_encoding_of_a_path_leads_outside_the_site(string target)
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte."));
        // serve.lock lies just outside the served folder, in serve's private one: a real file to reach for.
        Assert.True(File.Exists(Path.Combine(served.Session.OutputFolder, "..", "serve.lock")));
        var (status, body) = await RawGetAsync(served.Session.Address.Port, target);
        Assert.True(status is 400 or 404, $"{target}: {status}\n{body}");
        Assert.DoesNotContain("root:", body);
    }

    [Theory]
    [InlineData("127.0.0.1", 200)]
    [InlineData("localhost", 200)]
    [InlineData("attacker.example", 421)]
    [InlineData("127.0.0.1.nip.io", 421)]
    public async Task Only_requests_addressed_to_this_machine_are_answered_so_dns_rebinding_reads_nothing(string host, int status)
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte."));
        var (got, body) = await RawGetAsync(served.Session.Address.Port, "/", $"{host}:{served.Session.Address.Port}");
        Assert.Equal(status, got);
        if (status != 200) Assert.DoesNotContain("Texte.", body);
    }

    [Fact]
    public async Task An_output_folder_the_build_must_not_replace_is_refused_before_serving()
    {
        using var temp = new Support.TempFolder();
        foreach (var (path, text) in ServedSite.Files(ServedSite.Briefing("Texte."))) temp.Write(path, text);
        var output = new StringWriter();
        var error = new StringWriter();
        var run = Task.Run(() => BriefingsApp.Run(["serve", "--source", temp.Path, "--output", temp.Combine("content"), "--port", "0"], output, error), Cancel);
        Assert.Equal(1, await run.WaitAsync(TimeSpan.FromSeconds(60), Cancel));
        Assert.Contains("inside the site's content/ folder", error.ToString());
        Assert.DoesNotContain("Serving", output.ToString());
    }

    private static Task<(int Status, string Body)> RawGetAsync(int port, string target) => RawGetAsync(port, target, "127.0.0.1");

    private static async Task<(int Status, string Body)> RawGetAsync(int port, string target, string host)
    {
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, port, Cancel);
        var stream = client.GetStream();
        await stream.WriteAsync(Encoding.UTF8.GetBytes($"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"), Cancel);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var response = await reader.ReadToEndAsync(Cancel);
        var status = int.Parse(response.Split(' ', 3)[1], System.Globalization.CultureInfo.InvariantCulture);
        return (status, response);
    }

    [Fact]
    public async Task An_edit_sends_reload_within_a_second_or_so_and_the_new_text_is_served()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte original."));
        using var events = await served.EventsAsync();
        Assert.Equal(("reload", """{"build":1}"""), await events.NextAsync(Soon)); // the state, on connect
        var clock = Stopwatch.StartNew();
        served.Edit(ServedSite.BriefingPath, ServedSite.Briefing("Texte modifié."));
        Assert.Equal(("reload", """{"build":2}"""), await events.NextAsync(Soon));
        var took = clock.Elapsed;
        Assert.Contains("Texte modifié.", await served.TextAsync("briefings/a/"));
        Assert.True(took < TimeSpan.FromSeconds(2), $"the reload came {took.TotalMilliseconds:F0} ms after the save");
        Assert.Contains("after a change to content/briefings/a.md", served.Output.ToString());
        Assert.False(Directory.Exists(Path.Combine(served.Site, "_site")), "serve built into the site's _site/");
    }

    [Fact]
    public async Task A_broken_edit_sends_the_error_with_its_place_keeps_the_last_good_site_and_a_fix_sends_ok()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte original."));
        using var events = await served.EventsAsync();
        await events.NextNamedAsync("reload", Soon);

        served.Edit(ServedSite.BriefingPath, "---\ntitle: [oops\ndate: 2024-01-01\n---\nTexte cassé.\n");
        var report = JsonDocument.Parse(await events.NextNamedAsync("error", Soon)).RootElement;
        var error = Assert.Single(report.GetProperty("errors").EnumerateArray(), e => e.GetProperty("file").GetString() == ServedSite.BriefingPath);
        Assert.Equal(2, error.GetProperty("line").GetInt32());
        Assert.True(error.GetProperty("column").GetInt32() >= 1);
        Assert.StartsWith("YAML", error.GetProperty("code").GetString());
        Assert.Contains("content/briefings/a.md:2:", served.Error.ToString());
        Assert.Contains("still serving the last good build", served.Error.ToString());

        // The last good site stays, and a page opened now learns the error at once.
        using var page = await served.GetAsync("briefings/a/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Texte original.", await page.Content.ReadAsStringAsync(Cancel));
        using (var late = await served.EventsAsync())
        {
            Assert.Equal("error", (await late.NextAsync(Soon)).Name);
        }

        served.Edit(ServedSite.BriefingPath, ServedSite.Briefing("Texte réparé."));
        Assert.Equal("""{"build":2}""", await events.NextNamedAsync("ok", Soon));
        Assert.Contains("Texte réparé.", await served.TextAsync("briefings/a/"));
    }

    [Fact]
    public async Task A_site_whose_first_build_fails_is_served_as_a_page_naming_the_errors_until_it_is_fixed()
    {
        await using var served = await ServedSite.StartAsync("---\ntitle: [oops\ndate: 2024-01-01\n---\nTexte.\n");
        using var failed = await served.GetAsync("");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, failed.StatusCode);
        var page = await failed.Content.ReadAsStringAsync(Cancel);
        Assert.Contains("The build failed", page);
        Assert.Contains("content/briefings/a.md:2:", page);
        Assert.Contains("/__briefings/live.js", page);
        using var events = await served.EventsAsync();
        Assert.Equal("error", (await events.NextAsync(Soon)).Name);

        served.Edit(ServedSite.BriefingPath, ServedSite.Briefing("Texte réparé."));
        Assert.Equal("""{"build":1}""", await events.NextNamedAsync("ok", Soon));
        Assert.Contains("Texte réparé.", await served.TextAsync("briefings/a/"));
    }

    [Fact]
    public async Task Under_a_base_url_with_a_path_the_site_is_served_there_and_the_root_leads_to_it()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte."), new BuildOptions(BaseUrl: new Uri("https://example.org/sub/")));
        Assert.Equal("/sub/", served.Session.Address.AbsolutePath);
        using var root = await served.Http.GetAsync(new Uri(served.Session.Address, "/"), Cancel);
        Assert.Equal(HttpStatusCode.Found, root.StatusCode);
        Assert.Equal("/sub/", root.Headers.Location?.OriginalString);
        Assert.Contains("Texte.", await served.TextAsync("briefings/a/"));
        using var outside = await served.Http.GetAsync(new Uri(served.Session.Address, "/briefings/a/"), Cancel);
        Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        Assert.Contains("/sub/", served.Output.ToString());
    }

    [Fact]
    public async Task Drafts_are_served_with_drafts_and_the_site_folder_gets_no_output()
    {
        var files = ServedSite.Files(ServedSite.Briefing("Texte.")).Append(("content/briefings/brouillon.md", TestSite_Draft())).ToArray();
        await using var served = await ServedSite.StartAsync(files, new BuildOptions(IncludeDrafts: true));
        Assert.Contains("Pas encore prêt.", await served.TextAsync("briefings/brouillon/"));
        Assert.Equal(["content", "static"], Directory.EnumerateFileSystemEntries(served.Site).Select(Path.GetFileName).Where(n => n != ".briefings-cache").Order(StringComparer.Ordinal));
        Assert.DoesNotContain(served.Site, served.Session.OutputFolder);
    }

    private static string TestSite_Draft() => Support.TestSite.Briefing("title: Brouillon\ndate: 2024-01-02\ndraft: true", "Pas encore prêt.");

    [Fact]
    public async Task Cancelling_with_a_page_connected_stops_in_well_under_a_second_exits_0_and_deletes_the_private_folder()
    {
        await using var served = await ServedSite.StartAsync(ServedSite.Briefing("Texte."));
        using var events = await served.EventsAsync();
        await events.NextAsync(Soon);
        var folder = Path.GetDirectoryName(served.Session.OutputFolder)!;
        Assert.True(Directory.Exists(folder));
        var clock = Stopwatch.StartNew();
        var exit = await served.StopAsync(TimeSpan.FromSeconds(5));
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(1), $"stopping took {clock.ElapsedMilliseconds} ms");
        Assert.Equal(0, exit);
        Assert.False(Directory.Exists(folder), "the private build folder was left behind");
        Assert.EndsWith("stopped" + Environment.NewLine, served.Output.ToString());
        await Assert.ThrowsAnyAsync<Exception>(() => events.NextAsync(TimeSpan.FromSeconds(2)));
    }

    [Fact]
    public void A_port_in_use_is_a_clear_message_with_a_suggestion_and_exit_1()
    {
        using var temp = new Support.TempFolder();
        foreach (var (path, text) in ServedSite.Files(ServedSite.Briefing("Texte."))) temp.Write(path, text);
        var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        try
        {
            var port = ((IPEndPoint)taken.LocalEndpoint).Port;
            var output = new StringWriter();
            var error = new StringWriter();
            var exit = BriefingsApp.Run(["serve", "--source", temp.Path, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)], output, error);
            Assert.Equal(1, exit);
            var message = error.ToString();
            Assert.Contains($"port {port}", message);
            Assert.Contains($"--port {port + 1}", message);
            Assert.Contains("--port 0", message);
            Assert.DoesNotContain("   at ", message);
            Assert.Single(message.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        }
        finally
        {
            taken.Stop();
        }
    }
}
