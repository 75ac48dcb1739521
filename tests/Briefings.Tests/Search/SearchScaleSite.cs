using Briefings.Bench;
using Briefings.Cli;
using Briefings.Tests.Support;

namespace Briefings.Tests.Search;

/// <summary>A generated site of <see cref="Briefings"/> briefings built on disk once for <see cref="SearchScaleTests"/>;
/// this size keeps the suite quick. <c>bench/search.sh</c> runs the same tests on the output of its 10,000-briefing
/// build, named by <c>BRIEFINGS_SEARCH_SITE</c> (generated with <c>Briefings.Bench generate DIR N 500 2N</c>).</summary>
public sealed class SearchScaleSite : IDisposable
{
    public const int Briefings = 3_000;

    private readonly TempFolder _temp = new();
    private readonly string? _given = Environment.GetEnvironmentVariable("BRIEFINGS_SEARCH_SITE");

    public SearchScaleSite()
    {
        if (_given is not null)
        {
            BriefingCount = Directory.GetDirectories(Path.Combine(_given, "briefings")).Length;
            Terms = 500;
            return;
        }
        BriefingCount = Briefings;
        Terms = 300;
        SiteGenerator.Write(_temp.Combine("site"), Briefings, terms: 300, events: 2 * Briefings, seed: 42);
        Assert.Equal(0, BriefingsApp.Run(["build", "--source", _temp.Combine("site"), "--output", Output], TextWriter.Null, TextWriter.Null));
    }

    public string Output => _given ?? _temp.Combine("out");

    public int BriefingCount { get; }

    public int Terms { get; }

    /// <summary>Where the bench wants the first queries' figures (<c>BRIEFINGS_SEARCH_REPORT</c>), or null.</summary>
    public string? Report { get; } = Environment.GetEnvironmentVariable("BRIEFINGS_SEARCH_REPORT");

    public void Dispose() => _temp.Dispose();
}
