using Briefings.Output;
using Briefings.Routing;

namespace Briefings.Tests.Unit;

public sealed class RouterTests
{
    [Theory]
    [InlineData("index.html", "assets/style.css", "assets/style.css")]
    [InlineData("briefings/a/index.html", "assets/style.css", "../../assets/style.css")]
    [InlineData("briefings/a/index.html", "briefings/b/index.html", "../b/index.html")]
    [InlineData("briefings/a/index.html", "briefings/a/index.html#x", "index.html#x")]
    [InlineData("tags/x/index.html", "index.html", "../../index.html")]
    [InlineData("tags/index.html", "tags/x/", "x/index.html")]
    [InlineData("index.html", "#main", "#main")]
    public void Links_are_relative_so_the_site_works_under_any_path(string from, string to, string expected) =>
        Assert.Equal(expected, Router.Relative(from, to));

    [Theory]
    [InlineData("briefings/a/index.html", true)]
    [InlineData("../x", false)]
    [InlineData("a/../../x", false)]
    [InlineData("/etc/passwd", false)]
    [InlineData("a\\b", false)]
    [InlineData("c:x", false)]
    [InlineData("a//b", false)]
    public void Output_paths_never_leave_the_output_folder(string path, bool safe) => Assert.Equal(safe, OutputPath.IsSafe(path));
}
