using Briefings.Bench;
using Briefings.Configuration;
using Briefings.Content;
using Briefings.Output;
using Briefings.Tests.Support;

namespace Briefings.Tests.EndToEnd;

/// <summary>
/// The Native AOT <c>briefings</c> binary (published by <c>.ci/run</c>, named by <c>BRIEFINGS_AOT_BINARY</c>)
/// writes exactly the files, byte for byte, that the library writes under the JIT. Trimming or AOT
/// compilation that loses a member read by reflection, an embedded resource or culture data would show
/// as a missing or different file, not as a crash.
/// </summary>
public sealed class NativeAotTests : IDisposable
{
    public const string BinaryVariable = "BRIEFINGS_AOT_BINARY";

    private static readonly TimeSpan BuildTimeout = TimeSpan.FromMinutes(2);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void The_demo_site_builds_byte_for_byte_as_under_the_jit()
    {
        var binary = Binary();
        // The theme is copied too, so the binary loads templates from disk here and its embedded ones below.
        _temp.CopyFrom(Repository.PathOf("content"), "demo/content");
        _temp.CopyFrom(Repository.PathOf("templates"), "demo/templates");
        AssertBuildsAsJit(binary, "demo");
    }

    [Fact]
    public void A_generated_site_with_glossary_and_timeline_builds_byte_for_byte_as_under_the_jit()
    {
        var binary = Binary();
        SiteGenerator.Write(_temp.Combine("generated"), briefings: 300, terms: 150, events: 600, seed: 42);
        AssertBuildsAsJit(binary, "generated");
    }

    private void AssertBuildsAsJit(string binary, string site)
    {
        var source = _temp.Combine(site);
        var output = _temp.Combine("aot-output", site);
        var (exit, printed, error) = ExternalProcess.Run(binary, BuildTimeout, "build", "--source", source, "--output", output);
        Assert.True(exit == 0, $"{binary} build --source {source} exited with {exit}:\n{printed}{error}");

        var jit = new MemoryOutput();
        var result = SiteBuilder.Build(SiteReader.Read(source), BuildOptions.Default, jit);
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics));
        OutputComparison.AssertIdentical(jit.Files, output, "JIT", "AOT");
    }

    private static string Binary()
    {
        var binary = Environment.GetEnvironmentVariable(BinaryVariable);
        ExternalTool.Require(!string.IsNullOrEmpty(binary), $"{BinaryVariable} is not set, so the Native AOT binary is not compared with the JIT",
            $"run .ci/run, or publish it (Debian: apt-get install clang zlib1g-dev) with `dotnet publish -c Release -r linux-x64 " +
            $"-p:PublishAot=true src/Briefings.Cli -o artifacts/aot` and set {BinaryVariable}=$PWD/artifacts/aot/briefings");
        Assert.True(File.Exists(binary), $"{BinaryVariable}={binary}: no such file");
        return binary!;
    }
}
