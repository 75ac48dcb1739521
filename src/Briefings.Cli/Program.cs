using Briefings.Cli;

return BriefingsApp.Run(args, Console.Out, Console.Error);
