namespace Briefings.Output;

/// <summary>What the link checker needs of one HTML page: the ids it offers and the internal references it makes.</summary>
public sealed record PageLinks(IReadOnlySet<string> Ids, IReadOnlyList<LinkReference> References);
