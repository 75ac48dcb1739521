using Briefings.Model;
using Keys = Briefings.Metadata.FrontMatterSchema;

namespace Briefings.Metadata;

/// <summary>The <c>sources:</c> key of events and glossary terms.</summary>
public static class SourceLinks
{
    /// <summary><c>sources:</c> is a list of maps with a <c>name</c> and an optional <c>url</c>.</summary>
    public static IReadOnlyList<SourceLink> Read(MetadataReader reader)
    {
        var sources = new List<SourceLink>();
        if (reader.List(Keys.Sources) is not { } list) return sources;
        foreach (var item in list.Items)
        {
            if (item is not YamlMapping map)
            {
                reader.WrongType(Keys.Sources, item, $"a list of maps with '{Keys.Name}' and '{Keys.Url}'", itemOfList: true);
                continue;
            }
            var source = new MetadataReader(map, reader.Source, reader.Diagnostics);
            var name = source.String(Keys.Name, required: true);
            var url = source.Url(Keys.Url);
            source.ReportUnknownKeys();
            if (name is not null) sources.Add(new SourceLink(name, url));
        }
        return sources;
    }
}
