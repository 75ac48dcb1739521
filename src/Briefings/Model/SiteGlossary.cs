namespace Briefings.Model;

/// <summary>The glossary's terms in the site language's alphabetical order.</summary>
public sealed record SiteGlossary(IReadOnlyList<GlossaryTerm> Terms)
{
    private readonly Dictionary<string, GlossaryTerm> _byId = Terms.ToDictionary(t => t.Id, StringComparer.Ordinal);

    public static SiteGlossary Empty { get; } = new([]);

    public GlossaryTerm? Find(string id) => _byId.GetValueOrDefault(id);
}
