using System.Text;

namespace Briefings.Tests.Serve;

/// <summary>The server's event stream read as a page's EventSource reads it: named events, one <c>data:</c> line each.</summary>
public sealed class EventReader : IDisposable
{
    private readonly HttpResponseMessage _response;
    private readonly StreamReader _reader;

    private EventReader(HttpResponseMessage response, StreamReader reader)
    {
        _response = response;
        _reader = reader;
    }

    public static async Task<EventReader> OpenAsync(HttpClient http, Uri server)
    {
        var response = await http.SendAsync(new HttpRequestMessage(HttpMethod.Get, new Uri(server, "/__briefings/events")),
            HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        response.EnsureSuccessStatusCode();
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var stream = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        return new EventReader(response, new StreamReader(stream, Encoding.UTF8));
    }

    /// <summary>The next event, or a failure naming what was awaited when none comes in time.</summary>
    public async Task<(string Name, string Data)> NextAsync(TimeSpan within)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(within);
        string? name = null;
        var data = new StringBuilder();
        try
        {
            while (true)
            {
                var line = await _reader.ReadLineAsync(timeout.Token) ?? throw new EndOfStreamException("the server closed the event stream");
                if (line.Length == 0)
                {
                    if (name is not null || data.Length > 0) return (name ?? "message", data.ToString());
                    continue;
                }
                if (line.StartsWith("event: ", StringComparison.Ordinal)) name = line["event: ".Length..];
                else if (line.StartsWith("data: ", StringComparison.Ordinal)) data.Append(line["data: ".Length..]);
            }
        }
        catch (OperationCanceledException) when (!TestContext.Current.CancellationToken.IsCancellationRequested)
        {
            Assert.Fail($"no event within {within.TotalSeconds:F1} s");
            throw;
        }
    }

    /// <summary>Skips events until one with this name (a page sees them all, but tests wait for one).</summary>
    public async Task<string> NextNamedAsync(string name, TimeSpan within)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (true)
        {
            var left = within - clock.Elapsed;
            if (left <= TimeSpan.Zero) Assert.Fail($"no '{name}' event within {within.TotalSeconds:F1} s");
            var next = await NextAsync(left);
            if (next.Name == name) return next.Data;
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        _response.Dispose();
    }
}
