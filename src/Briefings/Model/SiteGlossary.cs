namespace Briefings.Model;

/// <summary>The glossary's terms in the site language's alphabetical order; the lookup by id is derived on first use.</summary>
public sealed record SiteGlossary(IReadOnlyList<GlossaryTerm> Terms)
{
    private Dictionary<string, GlossaryTerm>? _byId;

    private SiteGlossary(SiteGlossary original)
    {
        Terms = original.Terms;
    }

    public static SiteGlossary Empty { get; } = new([]);

    public GlossaryTerm? Find(string id) =>
        LazyInitializer.EnsureInitialized(ref _byId, () => Terms.ToDictionary(t => t.Id, StringComparer.Ordinal)).GetValueOrDefault(id);
}
