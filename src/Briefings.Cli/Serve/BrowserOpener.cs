using System.ComponentModel;
using System.Diagnostics;

namespace Briefings.Cli.Serve;

/// <summary><c>--open</c>: the default browser, by the desktop's own opener; when there is none, say so and go on serving.</summary>
public static class BrowserOpener
{
    public static void TryOpen(Uri address, TextWriter error)
    {
        var opener = OperatingSystem.IsMacOS() ? "open" : OperatingSystem.IsWindows() ? null : "xdg-open";
        // Without a graphical session xdg-open falls back on text browsers (lynx, w3m), which would fight serve for the terminal.
        if (opener == "xdg-open" && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("DISPLAY")) && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("WAYLAND_DISPLAY")))
        {
            error.WriteLine($"--open: no graphical session here (DISPLAY and WAYLAND_DISPLAY are unset); open {address} yourself");
            return;
        }
        try
        {
            var start = opener is null
                ? new ProcessStartInfo(address.ToString()) { UseShellExecute = true }
                : new ProcessStartInfo(opener) { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, ArgumentList = { address.ToString() } };
            var process = Process.Start(start);
            if (process is null)
            {
                error.WriteLine($"--open: no browser could be started; open {address} yourself");
                return;
            }
            // Waited for aside: xdg-open says it found no browser only by its exit code; its own chatter is not printed.
            _ = Task.Run(async () =>
            {
                using (process)
                {
                    if (opener is not null)
                    {
                        _ = process.StandardOutput.ReadToEndAsync();
                        _ = process.StandardError.ReadToEndAsync();
                    }
                    await process.WaitForExitAsync();
                    if (process.ExitCode != 0) error.WriteLine($"--open: {opener} found no browser to open (exit {process.ExitCode}); open {address} yourself");
                }
            });
        }
        catch (Exception e) when (e is Win32Exception or InvalidOperationException or PlatformNotSupportedException)
        {
            error.WriteLine($"--open: {opener ?? "the default browser"} is not available here ({e.Message}); open {address} yourself");
        }
    }
}
