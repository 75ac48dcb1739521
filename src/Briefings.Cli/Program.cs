using Briefings.Cli;

using var interruption = Interruption.Listen();
return BriefingsApp.Run(args, Console.Out, Console.Error, interruption, Terminal.OfProcess());
