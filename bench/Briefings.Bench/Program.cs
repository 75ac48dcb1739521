using Briefings.Bench;

// dotnet run -c Release --project bench/Briefings.Bench -- generate OUT [BRIEFINGS] [TERMS] [EVENTS]
// dotnet run -c Release --project bench/Briefings.Bench -- hugo SITE HUGO   (SITE's briefings as Hugo content, for bench/hugo.sh)
// dotnet run -c Release --project bench/Briefings.Bench -- measure SITE [SITE…] [RUNS]   (in-process builds, warm, in turn)
switch (args)
{
    case ["generate", var folder, ..]:
        var briefings = args.Length > 2 ? int.Parse(args[2]) : 1000;
        var terms = args.Length > 3 ? int.Parse(args[3]) : 500;
        var events = args.Length > 4 ? int.Parse(args[4]) : 2000;
        SiteGenerator.Write(folder, briefings, terms, events, seed: 42);
        Console.WriteLine($"wrote {briefings} briefings, {terms} terms, {events} events to {folder}");
        return 0;
    case ["hugo", var site, var hugo]:
        Console.WriteLine($"wrote {HugoContent.Write(site, hugo)} briefings as Hugo content to {hugo}");
        return 0;
    case ["measure", .. var rest] when rest.Length > 0:
        var runs = int.TryParse(rest[^1], out var n) ? n : 10;
        InProcessBuild.Measure(runs == n && rest.Length > 1 ? rest[..^1] : rest, runs);
        return 0;
    default:
        Console.Error.WriteLine("usage: Briefings.Bench generate OUT [briefings=1000] [terms=500] [events=2000] | hugo SITE HUGO | measure SITE [SITE…] [runs=10]");
        return 2;
}
