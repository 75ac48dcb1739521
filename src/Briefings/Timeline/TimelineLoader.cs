using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Metadata;
using Briefings.Model;

namespace Briefings.Timeline;

/// <summary>Reads <c>content/timeline/*.yml</c>: each file a list of events.</summary>
public static class TimelineLoader
{
    public const string Folder = "content/timeline";

    public static IReadOnlyList<TimelineEvent> Load(SiteInput input, DiagnosticBag diagnostics)
    {
        var events = new List<TimelineEvent>();
        foreach (var file in input.Under(Folder))
        {
            if (!(file.Path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase) || file.Path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)))
            {
                diagnostics.Warning(DiagnosticCodes.UnsupportedFile, SourceLocation.FileStart(file.Path), "ignored: timeline files are .yml lists of events");
                continue;
            }
            var source = TextDecoder.Decode(file, diagnostics);
            if (source is null) continue;
            switch (YamlLoader.Load(source, diagnostics))
            {
                case YamlSequence list:
                    events.AddRange(TimelineEventParser.ParseList(list, source, diagnostics));
                    break;
                case null when !diagnostics.HasErrorsIn(source.Path):
                    diagnostics.Error(DiagnosticCodes.EmptyFile, source.Start, "empty timeline file: write a list of events ('- date: …')");
                    break;
                case { } other:
                    diagnostics.Error(DiagnosticCodes.WrongType, source.LocationOf(other.Offset),
                        $"a timeline file must be a list of events ('- date: …' items), not {other.Kind}");
                    break;
            }
        }
        return events;
    }
}
