using Briefings.Tests.Support;
using Xunit.Sdk;

namespace Briefings.Tests.Gates;

/// <summary>A machine with only the .NET SDK passes the suite, saying loudly what it did not check; CI never skips a gate.</summary>
public sealed class GateToolsTests : IDisposable
{
    private readonly TempFolder _empty = new();

    public void Dispose() => _empty.Dispose();

    [Fact]
    public void A_missing_tarball_skips_the_gate_naming_fetch_sh()
    {
        var tools = new GateTools(_empty.Path, Environment.GetEnvironmentVariable("PATH"), underCi: false);
        var skip = Caught<SkipException>(() => tools.VnuJar("HTML validity"));
        Assert.Contains("NOT TESTED: .tools/vnu-jar-26.9.27/build/dist/vnu.jar is missing, so HTML validity goes unchecked; run tests/tools/fetch.sh", skip.Message);
        Assert.Contains("NOT TESTED", Caught<SkipException>(() => tools.AxeScript("accessibility")).Message);
        Assert.Contains("NOT TESTED", Caught<SkipException>(() => tools.TimelineJsDist("TimelineJS")).Message);
    }

    [Fact]
    public void A_missing_tarball_fails_the_gate_under_ci()
    {
        var tools = new GateTools(_empty.Path, Environment.GetEnvironmentVariable("PATH"), underCi: true);
        var failure = Caught<FailException>(() => tools.VnuJar("HTML validity"));
        Assert.Contains("run tests/tools/fetch.sh", failure.Message);
        Assert.Contains("CI=true", failure.Message);
    }

    [Fact]
    public void Java_missing_from_path_skips_or_fails_under_ci()
    {
        Assert.Contains("NOT TESTED: java is not on PATH", Caught<SkipException>(() => new GateTools(_empty.Path, _empty.Path, underCi: false).Java("HTML validity")).Message);
        Caught<FailException>(() => new GateTools(_empty.Path, _empty.Path, underCi: true).Java("HTML validity"));
    }

    /// <summary>What the call threw (Assert.Throws would let a skip through: xunit treats it as the test's own).</summary>
    private static T Caught<T>(Action call) where T : Exception
    {
        try
        {
            call();
        }
        catch (Exception e)
        {
            return Assert.IsType<T>(e);
        }
        Assert.Fail($"nothing was thrown, {typeof(T).Name} was expected");
        return null!;
    }

    [Fact]
    public void Fetch_sh_pins_the_versions_the_tests_look_for()
    {
        var script = File.ReadAllText(Repository.PathOf("tests", "tools", "fetch.sh"));
        Assert.Contains($"\"vnu-jar {GateTools.VnuVersion} vnu-jar-{GateTools.VnuVersion}.tgz sha512-", script);
        Assert.Contains($"\"axe-core {GateTools.AxeVersion} axe-core-{GateTools.AxeVersion}.tgz sha512-", script);
        Assert.Contains($"\"@knight-lab/timelinejs {GateTools.TimelineJsVersion} timelinejs-{GateTools.TimelineJsVersion}.tgz sha512-", script);
    }
}
