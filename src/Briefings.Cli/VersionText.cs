using System.Reflection;

namespace Briefings.Cli;

/// <summary><c>briefings 0.1.0 (commit 1d1b841)</c>: the package version, and the commit it was built from when the
/// build knew it (the SDK appends it to the informational version, after a <c>+</c>).</summary>
public static class VersionText
{
    public static string Of(Assembly assembly)
    {
        var informational = assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? assembly.GetName().Version?.ToString(3) ?? "unknown";
        var plus = informational.IndexOf('+');
        if (plus < 0) return $"briefings {informational}";
        var commit = informational[(plus + 1)..];
        return $"briefings {informational[..plus]} (commit {commit[..Math.Min(12, commit.Length)]})";
    }
}
