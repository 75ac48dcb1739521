namespace Briefings.Cli.Commands;

/// <summary><c>briefings new</c>: the group of <c>new site</c> and <c>new briefing</c>.</summary>
public static class NewCommand
{
    public static BriefingsCommand Create(TextWriter output, TextWriter error)
    {
        var command = new BriefingsCommand("new", "Start a new site, or a new briefing in a site",
            ("briefings new site my-briefings", "Make a site in the folder my-briefings, ready to build"),
            ("briefings new briefing \"Été à Kyiv\"", "Start content/briefings/ete-a-kyiv.md with its metadata filled in"))
        {
            NewSiteCommand.Create(output, error),
            NewBriefingCommand.Create(output, error),
        };
        return command;
    }
}
