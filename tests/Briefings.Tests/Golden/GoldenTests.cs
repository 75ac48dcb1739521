namespace Briefings.Tests.Golden;

public sealed class GoldenTests
{
    [Fact]
    public void Basic_site_renders_exactly_as_reviewed() => GoldenSite.Verify("basic");
}
