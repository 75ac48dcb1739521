using Briefings.Caching;
using Briefings.Content;
using Briefings.Diagnostics;

namespace Briefings.Tests.Unit;

/// <summary>A file saved while a parallel stage read it came out of the build wrapped, and was reported as a bug in Briefings.</summary>
public sealed class ThrownTests
{
    [Fact]
    public void A_change_thrown_by_a_parallel_stage_is_found_inside_its_wrapping()
    {
        var wrapped = Assert.Throws<AggregateException>(() =>
            Enumerable.Range(0, 4).AsParallel().Select(i => i == 2 ? throw new InputChangedException("content/briefings/a.md") : i).ToList());

        var found = Thrown.Find<InputChangedException>(wrapped);

        Assert.NotNull(found);
        Assert.Equal("content/briefings/a.md changed while the site was built; build again", found.Message);
        Assert.Null(Thrown.Find<CacheChangedException>(wrapped));
        Assert.Same(found, Thrown.Find<InputChangedException>(found));
    }
}
