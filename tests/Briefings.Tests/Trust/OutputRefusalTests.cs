using Briefings.Configuration;
using Briefings.Output;
using Briefings.Tests.Support;
using static Briefings.Tests.Trust.OutputFolderTrust;

namespace Briefings.Tests.Trust;

/// <summary>
/// Output folders whose replacement would destroy something are refused on their real paths, with exit 1 and the
/// folder untouched, whatever links lead to them and whatever <c>--force</c> says.
/// </summary>
public sealed class OutputRefusalTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private OutputSafety Safety(params string[] homes) => new(_temp.Path, homes, new HashSet<string>());

    [Fact]
    public void Build_into_the_current_folder_inside_a_project_is_refused_and_the_project_untouched()
    {
        var site = WriteSite(_temp);
        _temp.Write("site/README.md", "my project");
        _temp.Write("site/src/main.c", "int main(void) { return 0; }");
        var before = Snapshot(site);
        var previous = Directory.GetCurrentDirectory();
        var (exit, _, error) = Run("build", "--source", site, "--output", site, "--force");
        Assert.Equal(1, exit);
        Assert.Contains("is the site folder itself", error);
        Assert.DoesNotContain("internal error", error);
        Assert.Equal(before, Snapshot(site));
        Assert.Equal(previous, Directory.GetCurrentDirectory());
    }

    [Fact]
    public void A_link_to_the_site_does_not_hide_that_the_output_is_its_content_folder()
    {
        // ln -s site link; build -s link -o site/content
        var site = WriteSite(_temp);
        var link = _temp.Combine("link");
        Directory.CreateSymbolicLink(link, site);
        var before = Snapshot(site);
        var (exit, _, error) = Run("build", "--source", link, "--output", Path.Combine(site, "content"), "--force");
        Assert.Equal(1, exit);
        Assert.Contains("content/ folder", error);
        Assert.Equal(before, Snapshot(site));

        // The other way round too: the output named through the link.
        Assert.Equal(1, Run("build", "--source", site, "--output", Path.Combine(link, "content", "briefings"), "--force").Exit);
        Assert.Equal(before, Snapshot(site));
    }

    [Fact]
    public void An_output_that_is_a_link_to_the_site_or_to_a_folder_holding_it_is_refused()
    {
        var site = WriteSite(_temp);
        Directory.CreateSymbolicLink(_temp.Combine("out-site"), site);
        Directory.CreateSymbolicLink(_temp.Combine("out-parent"), _temp.Path);
        Assert.Contains("is the site folder itself", OutputFolderPolicy.Check(site, _temp.Combine("out-site"), Safety()));
        Assert.Contains("holds the site", OutputFolderPolicy.Check(site, _temp.Combine("out-parent"), Safety()));
        // A link inside the path, not only at its end: through it, '..' is the kernel's '..'.
        Directory.CreateDirectory(_temp.Combine("elsewhere", "deep"));
        Directory.CreateSymbolicLink(_temp.Combine("hop"), _temp.Combine("elsewhere", "deep"));
        Assert.Contains("holds the site", OutputFolderPolicy.Check(site, _temp.Combine("hop", "..", ".."), Safety()));
        Assert.Null(OutputFolderPolicy.Check(site, _temp.Combine("hop", "..", "out"), Safety())); // elsewhere/out, wherever the text seems to point
    }

    [Fact]
    public void A_folder_holding_home_folders_is_refused_even_with_force()
    {
        var site = WriteSite(_temp);
        _temp.Write("homes/alice/notes.txt", "alice's notes");
        _temp.Write("homes/bob/.ssh/id_ed25519", "bob's key");
        var homes = _temp.Combine("homes");
        var before = Snapshot(homes);
        var result = FolderBuild.Run(site, homes, BuildOptions.Default, new FolderBuildSettings(Force: true, Safety: Safety(_temp.Combine("homes", "alice"), _temp.Combine("homes", "bob"))));
        Assert.Equal(FolderBuildOutcome.Refused, result.Outcome);
        Assert.Contains("holds the home folder", result.Message);
        Assert.Equal(before, Snapshot(homes));
        Assert.Contains("is a home folder", OutputFolderPolicy.Check(site, _temp.Combine("homes", "bob"), Safety(_temp.Combine("homes", "bob"))));
    }

    [Fact]
    public void The_machines_home_folders_come_from_the_account_list_too()
    {
        var homes = HomeFolders.FromPasswd("root:x:0:0:root:/root:/bin/bash\nalice:x:1000:1000:Alice,,,:/home/alice:/bin/bash\nweird:x:1:1::/:/bin/sh\n").ToList();
        Assert.Equal(["/root", "/home/alice"], homes);
        if (OperatingSystem.IsLinux() && File.Exists("/etc/passwd")) Assert.Contains("/root", HomeFolders.OfThisMachine());
    }

    [Fact]
    public void The_current_folder_and_the_folders_holding_it_are_refused()
    {
        var site = WriteSite(_temp);
        Directory.CreateDirectory(_temp.Combine("work", "here"));
        var safety = new OutputSafety(_temp.Combine("work", "here"), [], new HashSet<string>());
        Assert.Contains("is the current folder", OutputFolderPolicy.Check(site, _temp.Combine("work", "here"), safety));
        Assert.Contains("holds the current folder", OutputFolderPolicy.Check(site, _temp.Combine("work"), safety));
        Assert.Null(OutputFolderPolicy.Check(site, _temp.Combine("work", "here", "public"), safety));
    }

    [Fact]
    public void A_filesystem_root_a_file_and_a_loop_of_links_are_refused()
    {
        var site = WriteSite(_temp);
        Assert.Contains("filesystem root", OutputFolderPolicy.Check(site, "/", Safety()));
        _temp.Write("a-file", "not a folder");
        Assert.Contains("is a file, not a folder", OutputFolderPolicy.Check(site, _temp.Combine("a-file"), Safety()));
        File.CreateSymbolicLink(_temp.Combine("loop-a"), _temp.Combine("loop-b"));
        File.CreateSymbolicLink(_temp.Combine("loop-b"), _temp.Combine("loop-a"));
        Assert.Contains("loop of symbolic links", OutputFolderPolicy.Check(site, _temp.Combine("loop-a"), Safety()));
        Assert.Contains("loop of symbolic links", OutputFolderPolicy.Check(site, _temp.Combine("loop-a", "sub"), Safety()));
        var (exit, _, error) = Run("build", "--source", site, "--output", _temp.Combine("a-file"));
        Assert.Equal(1, exit);
        Assert.Contains("is a file, not a folder", error);
        Assert.Equal("not a folder", File.ReadAllText(_temp.Combine("a-file")));
    }

    [Fact]
    public void A_mount_point_is_refused_since_renaming_cannot_replace_it()
    {
        var site = WriteSite(_temp);
        Directory.CreateDirectory(_temp.Combine("mounted"));
        var mountInfo = $"22 27 0:21 / /proc rw,relatime - proc proc rw\n36 25 0:30 / {_temp.Combine("mounted").Replace(" ", "\\040")} rw - tmpfs tmpfs rw\n";
        var points = MountPoints.Parse(mountInfo);
        Assert.Contains("/proc", points);
        Assert.Contains("is a mount point", OutputFolderPolicy.Check(site, _temp.Combine("mounted"), new OutputSafety(_temp.Path, [], points)));
        Assert.Contains("/mnt/with space", MountPoints.Parse("40 1 0:5 / /mnt/with\\040space rw - ext4 /dev/x rw\n"));
        if (!OperatingSystem.IsLinux()) return;
        // The machine's own: /proc is mounted wherever Linux runs.
        Assert.Contains("/proc", MountPoints.OfThisMachine());
        var (exit, _, error) = Run("build", "--source", site, "--output", "/proc", "--force");
        Assert.Equal(1, exit);
        Assert.Contains("mount point", error);
    }

    [Fact]
    public void Another_build_writing_into_the_same_folder_is_waited_for_not_raced()
    {
        var site = WriteSite(_temp);
        var output = _temp.Combine("out");
        using (OutputLock.TryAcquire(RealPath.Of(output)))
        {
            var (exit, _, error) = Run("build", "--source", site, "--output", output);
            Assert.Equal(1, exit);
            Assert.Contains("another build is writing into", error);
        }
        Assert.Equal(0, Run("build", "--source", site, "--output", output).Exit);
    }
}
