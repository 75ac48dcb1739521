namespace Briefings.Import;

/// <summary>A term the site's glossary already defines, as a suggestion names it (<c>otsc</c>, with its other forms).</summary>
public sealed record GlossaryHit(string Id, string Term, string? Abbreviation, IReadOnlyList<string> Aliases)
{
    /// <summary><c>already in the glossary as `otsc` (Organisation du traité de sécurité collective, OTSC, aliases CSTO, …)</c>.</summary>
    public string Describe()
    {
        var forms = new List<string> { Term };
        if (Abbreviation is not null) forms.Add(Abbreviation);
        var aliases = Aliases.Count > 0 ? ", aliases " + string.Join(", ", Aliases) : "";
        return $"already in the glossary as `{Id}` ({string.Join(", ", forms)}{aliases})";
    }
}
