using Briefings.Markdown;

namespace Briefings.Caching;

/// <summary>HTML in the cache's body store: kept on disk, not in memory, between processing and the page that writes it.</summary>
public sealed class StoredHtml(BodyStore store, BodyStore.Entry entry) : HtmlText
{
    public BodyStore.Entry Entry => entry;

    public override string Read() => store.Read(entry);
}
