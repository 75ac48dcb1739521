using Briefings.Bench;

// Writes a synthetic site for benchmarks: dotnet run --project bench/Briefings.Bench -- OUT [BRIEFINGS] [TERMS] [EVENTS]
if (args.Length < 1)
{
    Console.Error.WriteLine("usage: Briefings.Bench OUT [briefings=1000] [terms=500] [events=2000]");
    return 2;
}
var briefings = args.Length > 1 ? int.Parse(args[1]) : 1000;
var terms = args.Length > 2 ? int.Parse(args[2]) : 500;
var events = args.Length > 3 ? int.Parse(args[3]) : 2000;
SiteGenerator.Write(args[0], briefings, terms, events, seed: 42);
Console.WriteLine($"wrote {briefings} briefings, {terms} terms, {events} events to {args[0]}");
return 0;
