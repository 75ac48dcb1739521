namespace Briefings.Output;

/// <summary>
/// The home folders of this machine: the user's own (<c>HOME</c>, the profile folder) and, on Unix, every account's
/// in <c>/etc/passwd</c>, so that <c>-o /home</c> as root is refused too, not only <c>-o ~</c>.
/// </summary>
public static class HomeFolders
{
    public static IReadOnlyList<string> OfThisMachine()
    {
        var homes = new List<string>();
        foreach (var candidate in new[] { Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), Environment.GetEnvironmentVariable("HOME") })
        {
            if (!string.IsNullOrEmpty(candidate)) homes.Add(candidate);
        }
        if (!OperatingSystem.IsWindows())
        {
            try
            {
                homes.AddRange(FromPasswd(File.ReadAllText("/etc/passwd")));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // No account list: the user's own home is still protected.
            }
        }
        return homes;
    }

    /// <summary>Field 6 of each <c>name:x:uid:gid:gecos:home:shell</c> line; <c>/</c> and empty ones are left out (the root is refused anyway).</summary>
    public static IEnumerable<string> FromPasswd(string passwd)
    {
        foreach (var line in passwd.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = line.Split(':');
            if (fields.Length >= 7 && fields[5].StartsWith('/') && fields[5] != "/") yield return fields[5];
        }
    }
}
