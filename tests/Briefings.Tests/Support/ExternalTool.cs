namespace Briefings.Tests.Support;

/// <summary>
/// Tests that need something the .NET SDK does not bring (Debian's Chromium, Java, a Native AOT binary, the npm tarballs of tests/tools/fetch.sh) skip
/// loudly where it is missing, so that <c>dotnet test</c> works on a machine with only the SDK. Under CI
/// (<c>CI=true</c>) a missing tool fails instead: there, a skip would be coverage lost unnoticed.
/// </summary>
public static class ExternalTool
{
    public const string CiVariable = "CI";

    public static bool UnderCi => Environment.GetEnvironmentVariable(CiVariable) == "true";

    /// <summary>Skips the test (fails it under CI) unless <paramref name="available"/>.</summary>
    /// <param name="missing">What is missing and what goes untested, e.g. "/usr/bin/chromium is missing".</param>
    /// <param name="howToGetIt">The command or step that provides it.</param>
    public static void Require(bool available, string missing, string howToGetIt) => Require(available, missing, howToGetIt, UnderCi);

    /// <param name="underCi">Whether a missing tool fails (the tests of this rule pass it rather than set the process's variable).</param>
    public static void Require(bool available, string missing, string howToGetIt, bool underCi)
    {
        if (available) return;
        if (underCi) Assert.Fail($"{missing}; {howToGetIt}. ({CiVariable}=true: a missing tool fails instead of skipping.)");
        Assert.Skip($"NOT TESTED: {missing}; {howToGetIt}. (With {CiVariable}=true this fails instead.)");
    }
}
