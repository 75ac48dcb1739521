namespace Briefings.Tests.Support;

/// <summary>
/// Tests that need something the .NET SDK does not bring (Debian's Chromium, a Native AOT binary) skip
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
    public static void Require(bool available, string missing, string howToGetIt)
    {
        if (available) return;
        if (UnderCi) Assert.Fail($"{missing}; {howToGetIt}. ({CiVariable}=true: a missing tool fails instead of skipping.)");
        Assert.Skip($"NOT TESTED: {missing}; {howToGetIt}. (With {CiVariable}=true this fails instead.)");
    }
}
