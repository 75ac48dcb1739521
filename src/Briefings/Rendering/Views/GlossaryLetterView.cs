namespace Briefings.Rendering.Views;

/// <param name="Id">An anchor no term id can take (ids have no underscore): <c>_e</c>.</param>
public sealed record GlossaryLetterView(string Letter, string Id, IReadOnlyList<GlossaryTermView> Terms);
