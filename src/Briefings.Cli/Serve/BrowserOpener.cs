using System.ComponentModel;
using System.Diagnostics;

namespace Briefings.Cli.Serve;

/// <summary><c>--open</c>: the default browser, by the desktop's own opener; when there is none, say so and go on serving.</summary>
public static class BrowserOpener
{
    public static void TryOpen(Uri address, TextWriter error)
    {
        var opener = OperatingSystem.IsMacOS() ? "open" : OperatingSystem.IsWindows() ? null : "xdg-open";
        try
        {
            var start = opener is null
                ? new ProcessStartInfo(address.ToString()) { UseShellExecute = true }
                : new ProcessStartInfo(opener) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, ArgumentList = { address.ToString() } };
            using var process = Process.Start(start);
            if (process is null) error.WriteLine($"--open: no browser could be started; open {address} yourself");
            else
            {
                // Drained and forgotten: xdg-open's chatter is not ours to print.
                if (opener is not null)
                {
                    _ = process.StandardOutput.ReadToEndAsync();
                    _ = process.StandardError.ReadToEndAsync();
                }
            }
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            error.WriteLine($"--open: {opener ?? "the default browser"} is not available here ({e.Message}); open {address} yourself");
        }
    }
}
