namespace Briefings.Tests.Support;

/// <summary>
/// Where the quality gates find their tools: the npm tarballs that <c>tests/tools/fetch.sh</c> unpacks into
/// <c>.tools/&lt;name&gt;-&lt;version&gt;/</c> at the repository root, and Java on PATH. A missing one skips the
/// gate loudly (fails it under CI) through <see cref="ExternalTool"/>. The versions are pinned in fetch.sh
/// too; <c>GateToolsTests</c> checks that both agree.
/// </summary>
/// <param name="tools">The folder fetch.sh fills (<c>.tools/</c>; tests of the skip rule pass an empty one).</param>
/// <param name="path">The PATH that Java is looked for on.</param>
/// <param name="underCi">Whether a missing tool fails instead of skipping.</param>
public sealed class GateTools(string tools, string? path, bool underCi)
{
    public const string VnuVersion = "26.9.27";
    public const string AxeVersion = "4.14.1";
    public const string TimelineJsVersion = "3.9.11";
    public const string FetchScript = "tests/tools/fetch.sh";

    /// <summary>The repository's <c>.tools/</c>, Java on this process's PATH, failing under <c>CI=true</c>.</summary>
    public static GateTools OfThisMachine { get; } =
        new(Repository.PathOf(".tools"), Environment.GetEnvironmentVariable("PATH"), ExternalTool.UnderCi);

    /// <summary>The W3C Nu HTML Checker's jar (npm <c>vnu-jar</c>).</summary>
    public string VnuJar(string checks) => Fetched($"vnu-jar-{VnuVersion}", "build/dist/vnu.jar", checks);

    /// <summary><c>axe.min.js</c> (npm <c>axe-core</c>).</summary>
    public string AxeScript(string checks) => Fetched($"axe-core-{AxeVersion}", "axe.min.js", checks);

    /// <summary>TimelineJS's <c>dist/</c> folder (npm <c>@knight-lab/timelinejs</c>): <c>js/timeline.js</c>, <c>css/timeline.css</c> and its icons.</summary>
    public string TimelineJsDist(string checks) => Fetched($"timelinejs-{TimelineJsVersion}", "dist", checks);

    /// <summary>The <c>java</c> executable on PATH (Java 17 or later; vnu.jar needs it).</summary>
    public string Java(string checks)
    {
        var java = (path ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, "java")).FirstOrDefault(File.Exists);
        ExternalTool.Require(java is not null, $"java is not on PATH, so {checks} goes unchecked",
            "install Java 17 or later (apt-get install openjdk-17-jre-headless; .ci/run does)", underCi);
        return java!;
    }

    private string Fetched(string package, string relative, string checks)
    {
        var full = Path.Combine(tools, package, relative);
        ExternalTool.Require(File.Exists(full) || Directory.Exists(full),
            $"{Path.Combine(".tools", package, relative)} is missing, so {checks} goes unchecked", $"run {FetchScript} (.ci/run does)", underCi);
        return full;
    }
}
