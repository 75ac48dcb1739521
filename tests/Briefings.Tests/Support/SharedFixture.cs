using Briefings.Configuration;
using Briefings.Output;
using Microsoft.Playwright;

[assembly: AssemblyFixture(typeof(Briefings.Tests.Support.SharedFixture))]

namespace Briefings.Tests.Support;

/// <summary>
/// What the browser tests and the quality gates share across the test assembly, each made once and only when a
/// test first asks: the demo site (the repository's <c>content/</c> and <c>templates/</c>) and
/// <see cref="EveryPageTypeSite"/>, both built into folders with <see cref="BaseUrl"/>, and one Chromium
/// (launching one per test cost seconds each). Tests take their own browser context, so nothing leaks between them.
/// </summary>
public sealed class SharedFixture : IAsyncDisposable
{
    public static readonly Uri BaseUrl = new("https://example.org/briefings/");

    private readonly Lazy<TempFolder> _folder = new(() => new TempFolder());
    private readonly Lazy<Task<BuiltSite>> _demo;
    private readonly Lazy<Task<BuiltSite>> _generated;
    private readonly Lazy<Task<ChromiumSession>> _chromium = new(() => Chromium.LaunchAsync(loopback: true));

    public SharedFixture()
    {
        _demo = new(() => Task.Run(() => Build("demo", Repository.Root)));
        _generated = new(() => Task.Run(() =>
        {
            var source = _folder.Value.Combine("generated-source");
            EveryPageTypeSite.Write(source);
            return Build("generated", source);
        }));
    }

    /// <summary>The demo site, built with <see cref="BaseUrl"/>.</summary>
    public Task<BuiltSite> Demo => _demo.Value;

    /// <summary><see cref="EveryPageTypeSite"/>, built with <see cref="BaseUrl"/>.</summary>
    public Task<BuiltSite> Generated => _generated.Value;

    public async Task<IReadOnlyList<BuiltSite>> BothSites() => [await Demo, await Generated];

    /// <summary>A folder for a test's own files, deleted with the fixture.</summary>
    public string Scratch(string name)
    {
        var folder = _folder.Value.Combine("scratch", name);
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>The shared Chromium; skips the test (fails it under CI) where Debian's Chromium is missing. Pages may reach 127.0.0.1 only (the preview server's tests need it).</summary>
    public async Task<IBrowser> Browser()
    {
        Chromium.Require();
        return (await _chromium.Value).Browser;
    }

    private BuiltSite Build(string name, string source)
    {
        var output = _folder.Value.Combine(name);
        var result = FolderBuild.Run(source, output, new BuildOptions(BaseUrl: BaseUrl), strict: false, useCache: false);
        if (result.Build is not { Succeeded: true })
        {
            throw new InvalidOperationException($"the {name} site did not build ({result.Outcome}): {result.Message} " +
                string.Join('\n', result.Build?.Diagnostics.Take(20) ?? []));
        }
        return new BuiltSite(name, output);
    }

    public async ValueTask DisposeAsync()
    {
        if (_chromium.IsValueCreated)
        {
            // A launch that failed has already failed the tests that asked for it.
            try { await (await _chromium.Value).DisposeAsync(); }
            catch (PlaywrightException) { }
        }
        if (_folder.IsValueCreated) _folder.Value.Dispose();
    }
}
