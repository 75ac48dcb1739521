using Briefings.Metadata;

namespace Briefings.Tests.Unit;

public sealed class SuggestionsTests
{
    [Theory]
    [InlineData("tilte", "title")]
    [InlineData("titel", "title")]
    [InlineData("Tags", "tags")]
    [InlineData("summray", "summary")]
    [InlineData("xyz", null)]
    public void Suggests_the_closest_known_key(string typo, string? expected) =>
        Assert.Equal(expected, Suggestions.Closest(typo, ["title", "date", "tags", "summary", "slug"]));
}
