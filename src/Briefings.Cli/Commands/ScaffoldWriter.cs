using System.Text;
using Briefings.Scaffolding;

namespace Briefings.Cli.Commands;

/// <summary>Writes what a scaffold made, as UTF-8 without a byte-order mark, never over an existing file (<see cref="FileMode.CreateNew"/>:
/// even a file that appeared since the folder was looked at is left alone).</summary>
public static class ScaffoldWriter
{
    /// <returns>The full path written.</returns>
    public static string Write(string root, ScaffoldFile file)
    {
        var path = Path.Combine(root, file.Path.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.CreateNew, FileAccess.Write);
        var bytes = new UTF8Encoding(false).GetBytes(file.Text);
        stream.Write(bytes);
        return path;
    }

    /// <summary>How to type a folder in a shell: as it is, or single-quoted when it holds a space or a shell character.</summary>
    public static string ShellWord(string path) =>
        path.Length > 0 && path.All(c => char.IsAsciiLetterOrDigit(c) || c is '/' or '.' or '-' or '_' or '+' or ',' or ':' or '@' or '%')
            ? path
            : "'" + path.Replace("'", "'\\''", StringComparison.Ordinal) + "'";
}
