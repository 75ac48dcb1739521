using System.Globalization;
using System.Text;
using Briefings.Bench;
using Briefings.Planning;

namespace Briefings.Tests.Support;

/// <summary>
/// The benchmark's generated site, made small enough for the gates to check every page and crowded enough to
/// have every page type: listings of several pages (<c>paginate: 5</c>), glossary terms cited by more
/// briefings than a page holds, and a month with more events than a timeline page holds, so that the timeline
/// (and the tag and actor those events share) has a landing page, year pages, month pages and a paged month.
/// </summary>
public static class EveryPageTypeSite
{
    public const int Briefings = 150;
    public const int Terms = 8;
    public const int Events = 200;
    public const string CrowdedTag = "securite";
    public const string CrowdedActor = "Bélarus";

    public static void Write(string folder)
    {
        SiteGenerator.Write(folder, Briefings, Terms, Events, seed: 15);
        File.AppendAllText(Path.Combine(folder, "content", "site.yml"), "paginate: 5\n");
        var month = new StringBuilder();
        for (var e = 0; e <= TimelineSplitter.MaxEventsPerPage + 10; e++)
        {
            month.Append(CultureInfo.InvariantCulture,
                $"- id: avril-{e}\n  date: 2016-04-{1 + e % 30:D2}\n  title: Réunion {e} d’un mois chargé\n  summary: L’un des nombreux événements d’avril 2016.\n" +
                $"  place: Minsk\n  actors: [{CrowdedActor}]\n  tags: [{CrowdedTag}]\n");
        }
        File.WriteAllText(Path.Combine(folder, "content", "timeline", "mois-charge.yml"), month.ToString());
    }
}
