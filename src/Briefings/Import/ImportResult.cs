namespace Briefings.Import;

/// <summary>
/// The outcome of an import: either errors (each naming its file) and nothing written, or the articles written.
/// </summary>
public sealed record ImportResult(IReadOnlyList<string> Errors, IReadOnlyList<ImportedArticle> Written)
{
    public bool Succeeded => Errors.Count == 0;
}
