using System.Text.RegularExpressions;
using Briefings.Cli;
using Briefings.Tests.Support;
using static Briefings.Tests.Cli.CliRun;

namespace Briefings.Tests.Cli;

/// <summary>What a new user reads: one error for a typo with a guess, help with examples, where a site was looked for, the summary line.</summary>
public sealed class CliMessageTests : IDisposable
{
    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private const string CommandList = """

        Commands:
          new     Start a new site, or a new briefing in a site
          serve   Preview the site on 127.0.0.1, rebuilt and reloaded in the open pages as you edit
          build   Build the site into _site (the previous output stays unless the build succeeds)
          check   Build in memory, write nothing, and verify every internal link and anchor
          import  Turn plain-text articles into briefings: the text, and a sidecar with what the article says and suggestions to confirm
          help    Show how to use briefings, or one of its commands


        """;

    [Fact]
    public void A_typo_of_a_command_is_one_error_with_a_guess_then_the_commands()
    {
        var (exit, output, error) = Run("buidl");
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal("error: 'buidl' is not a briefings command. Did you mean 'build'?\n" + CommandList.TrimStart('\n').Insert(0, "\n") + "Run 'briefings --help' for more.\n", error);
        Assert.DoesNotContain("Required command", error);
    }

    [Theory]
    [InlineData("chek", "check")]
    [InlineData("biuld", "build")]
    [InlineData("bui", "build")]
    [InlineData("nwe", "new")]
    [InlineData("publish", null)]
    public void The_guess_is_within_two_edits_or_the_only_command_it_begins(string typed, string? guess)
    {
        Assert.Equal(guess, DidYouMean.Closest(typed, ["new", "build", "check", "help"]));
    }

    [Fact]
    public void An_unknown_option_points_at_the_command_s_own_help_with_a_guess()
    {
        var bogus = Run("build", "--bogus");
        Assert.Equal(2, bogus.Exit);
        Assert.Equal("error: '--bogus' is not an option of 'briefings build'.\nRun 'briefings build --help' for its options and examples.\n", bogus.Error);

        var typo = Run("check", "--darfts");
        Assert.Equal("error: '--darfts' is not an option of 'briefings check'. Did you mean '--drafts'?\nRun 'briefings check --help' for its options and examples.\n", typo.Error);
        Assert.Contains("Did you mean '--verbose'?", Run("build", "--verbsoe").Error);
    }

    [Fact]
    public void Help_lists_the_commands_with_examples_and_help_of_a_command_is_its_help_option()
    {
        var (exit, output, error) = Run("help");
        Assert.Equal(0, exit);
        Assert.Equal("", error);
        Assert.Contains("Commands:", output);
        Assert.Contains("Examples:\n  briefings new site my-briefings", output);
        Assert.Contains("Exit codes:", output);
        Assert.Equal(output, Run().Output); // 'briefings' alone
        Assert.Equal(Run("build", "--help").Output, Run("help", "build").Output);
        Assert.Equal(Run("new", "site", "--help").Output, Run("help", "new", "site").Output);

        var typo = Run("help", "buidl");
        Assert.Equal(2, typo.Exit);
        Assert.StartsWith("error: 'buidl' is not a briefings command. Did you mean 'build'?\n", typo.Error);
    }

    [Theory]
    [InlineData("new")]
    [InlineData("new site")]
    [InlineData("new briefing")]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("help")]
    public void Every_command_s_help_has_examples(string command)
    {
        var (exit, output, _) = Run([.. command.Split(' '), "--help"]);
        Assert.Equal(0, exit);
        Assert.Contains("Examples:\n  briefings ", output);
    }

    [Fact]
    public void Every_command_of_the_app_is_a_briefings_command_with_examples()
    {
        var help = Run("help").Output;
        var commands = help[(help.IndexOf("Commands:", StringComparison.Ordinal) + 10)..help.IndexOf("Examples:", StringComparison.Ordinal)]
            .Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim().Split(' ')[0]).ToList();
        Assert.Contains("build", commands);
        foreach (var command in commands) Assert.Contains("Examples:", Run(command, "--help").Output);
    }

    [Fact]
    public void Version_names_the_tool_and_its_version()
    {
        var (exit, output, _) = Run("--version");
        Assert.Equal(0, exit);
        Assert.Matches(new Regex(@"^briefings 0\.1\.0( \(commit [0-9a-f]{7,12}\))?\n$"), output);
    }

    [Fact]
    public void A_group_without_its_command_says_which_it_takes()
    {
        var (exit, _, error) = Run("new");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: 'briefings new' needs one of its commands: site or briefing.\n", error);
        Assert.DoesNotContain("Required command", error);
    }

    [Fact]
    public void A_build_where_there_is_no_site_names_the_folder_and_what_a_site_needs()
    {
        var empty = _temp.Combine("empty");
        Directory.CreateDirectory(empty);
        var (exit, output, error) = Run("build", "--source", empty);
        Assert.Equal(2, exit);
        Assert.Equal("", output);
        Assert.Equal($"error: there is no site in {empty}: a site is a folder holding content/, with content/site.yml and content/briefings/. Start one with 'briefings new site DIR'.\n", error);
        Assert.False(Directory.Exists(Path.Combine(empty, "_site")));
        Assert.Equal(error, Run("check", "--source", empty).Error);
    }

    [Fact]
    public void A_failed_first_build_does_not_speak_of_an_output_left_as_it_was()
    {
        _temp.Write("s/content/site.yml", "title: T\n");
        _temp.Write("s/content/briefings/a.md", "---\ntitle: A\ndate: 2026-13-01\n---\nx\n");
        var (exit, _, error) = Run("build", "--source", _temp.Combine("s"));
        Assert.Equal(1, exit);
        Assert.Contains("content/briefings/a.md:3:7: error META004: 'date' is '2026-13-01', a day the calendar does not have: month 13 does not exist (months go from 01 to 12)\n", error);
        Assert.EndsWith($"build failed; nothing was written to {_temp.Combine("s", "_site")}\n", error);
        Assert.DoesNotContain("left as it was", error);
    }

    [Theory]
    [InlineData("2026-04-31", "April has 30 days, not 31")]
    [InlineData("2025-02-29", "2025 is not a leap year: February 2025 has 28 days")]
    [InlineData("2026-00-10", "month 00 does not exist (months go from 01 to 12)")]
    public void An_impossible_date_names_what_does_not_exist(string date, string problem)
    {
        _temp.Write("s/content/site.yml", "title: T\n");
        _temp.Write("s/content/briefings/a.md", $"---\ntitle: A\ndate: {date}\n---\nx\n");
        Assert.Contains($"a day the calendar does not have: {problem}", Run("check", "--source", _temp.Combine("s")).Error);
    }

    [Fact]
    public void The_summary_is_one_line_with_the_count_the_time_the_warnings_and_the_full_output_path()
    {
        Assert.Equal("Built 1,204 pages in 0.41 s (3 warnings) into /srv/site", Summary.Built(1204, TimeSpan.FromMilliseconds(410), 3, "/srv/site"));
        Assert.Equal("Built 1 page in 2.00 s into /srv/site", Summary.Built(1, TimeSpan.FromSeconds(2), 0, "/srv/site"));
        Assert.Equal("Built 15,011 pages in 0.81 s (1 warning; 31 rendered, 28 rewritten) into /o", Summary.Built(15011, TimeSpan.FromMilliseconds(812), 1, "/o", 31, 28));

        _temp.Write("s/content/site.yml", "title: T\nbase_url: https://example.org/\n");
        _temp.Write("s/content/briefings/a.md", "---\ntitle: A\ndate: 2026-01-01\n---\nx\n");
        var (exit, output, _) = Run("build", "--source", _temp.Combine("s"), "--output", _temp.Combine("out"));
        Assert.Equal(0, exit);
        Assert.Matches(new Regex($@"^Built \d+ pages in \d+\.\d\d s into {Regex.Escape(_temp.Combine("out"))}\n$"), output);
    }

    [Fact]
    public void Quiet_prints_errors_only_and_verbose_prints_each_stage()
    {
        _temp.Write("s/content/site.yml", "title: T\nunknown_key: 1\n");
        _temp.Write("s/content/briefings/a.md", "---\ntitle: A\ndate: 2026-01-01\n---\nx\n");
        var site = _temp.Combine("s");
        var normal = Run("build", "--source", site);
        Assert.Contains("warning", normal.Error);

        var quiet = Run("build", "--source", site, "--quiet");
        Assert.Equal(0, quiet.Exit);
        Assert.Equal("", quiet.Output);
        Assert.Equal("", quiet.Error);

        var verbose = Run("--verbose", "build", "--source", site);
        Assert.Contains("render ", verbose.Output);
        Assert.Contains("gc pauses", verbose.Output);
        Assert.Equal(verbose.Output.Split('\n').Length, Run("build", "--source", site, "--timings").Output.Split('\n').Length);

        _temp.Write("s/content/briefings/b.md", "---\ntitle: B\ndate: demain\n---\nx\n");
        var failed = Run("build", "--source", site, "-q");
        Assert.Equal(1, failed.Exit);
        Assert.Contains("error META004", failed.Error);
        Assert.DoesNotContain(": warning ", failed.Error);
    }

    [Fact]
    public void Plain_writers_get_no_escape_codes_and_colours_follow_the_terminal_and_no_color()
    {
        _temp.Write("s/content/site.yml", "title: T\nunknown_key: 1\n");
        _temp.Write("s/content/briefings/b.md", "---\ntitle: B\ndate: demain\n---\nx\n");
        foreach (var args in new[] { new[] { "build", "--source", _temp.Combine("s") }, ["buidl"], ["help"], ["check", "--source", _temp.Combine("s")] })
        {
            var (_, output, error) = Run(args);
            Assert.DoesNotContain('\u001b', output + error);
        }

        string? None(string _) => null;
        Assert.Equal(new Terminal(true, true, true), Terminal.From(None, outputRedirected: false, errorRedirected: false));
        Assert.Equal(new Terminal(false, false, true), Terminal.From(v => v == "NO_COLOR" ? "1" : null, false, false));
        Assert.Equal(new Terminal(true, true, false), Terminal.From(v => v == "CI" ? "true" : null, false, false));
        Assert.Equal(new Terminal(false, false, false), Terminal.From(v => v == "TERM" ? "dumb" : null, false, false));
        Assert.Equal(new Terminal(false, false, false), Terminal.From(None, outputRedirected: true, errorRedirected: true));
        Assert.Equal(new Terminal(true, true, true), Terminal.From(v => v == "NO_COLOR" ? "" : null, false, false)); // empty: not set

        // On a terminal, the severity is painted and the rest of the line kept as it is.
        var painted = new StringWriter();
        using (var lines = new ConsoleLines(painted, colours: true))
        {
            lines.WriteLine("content/a.md:3:7: error META004: 'date' …");
            lines.WriteLine("error: 'buidl' is not a briefings command.");
            lines.WriteLine("content/site.yml:2:1: warning META003: unknown key");
            lines.WriteLine("Built 3 pages in 0.10 s into /o");
        }
        Assert.Contains("\u001b[", painted.ToString());
        Assert.Equal("content/a.md:3:7: error META004: 'date' …\nerror: 'buidl' is not a briefings command.\ncontent/site.yml:2:1: warning META003: unknown key\nBuilt 3 pages in 0.10 s into /o\n",
            Regex.Replace(painted.ToString(), @"\u001b\[[0-9;]*m", ""));
    }

    [Fact]
    public void A_missing_argument_or_value_is_named_with_its_meaning_and_a_folder_given_bare_gets_the_source_option()
    {
        Assert.StartsWith("error: 'briefings new site' needs DIR: the folder to make the site in", Run("new", "site").Error);
        Assert.StartsWith("error: --output needs a value: where to write the site", Run("build", "--output").Error);
        var bare = Run("check", _temp.Path);
        Assert.Equal(2, bare.Exit);
        Assert.StartsWith($"error: 'briefings check' takes no argument '{_temp.Path}'. For the site in that folder: briefings check --source {_temp.Path}\n", bare.Error);
        Assert.Equal("error: --quiet and --verbose ask for opposite things; give one of them\n", Run("build", "-q", "-v").Error);
    }
}
