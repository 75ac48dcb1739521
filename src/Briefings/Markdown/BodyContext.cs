using Briefings.Diagnostics;

namespace Briefings.Markdown;

/// <summary>What the passes over one body share: its input, the links and terms found, and its own diagnostics.</summary>
public sealed class BodyContext(BodyInput input)
{
    private readonly List<BodyLink> _links = [];

    public BodyInput Input { get; } = input;

    public DiagnosticBag Diagnostics { get; } = new();

    /// <summary>Glossary terms linked in this body, in order of first mention.</summary>
    public List<string> MentionedTerms { get; } = [];

    public IReadOnlyList<BodyLink> Links => _links;

    /// <summary>Records a link and returns the slot index its HTML writes.</summary>
    public int AddLink(BodyLink link)
    {
        if (_links.Count >= BodyHtml.MaxLinks) throw new InvalidOperationException($"a body links more than {BodyHtml.MaxLinks:N0} times");
        _links.Add(link);
        return _links.Count - 1;
    }

    /// <summary>The file location of an offset inside the body text.</summary>
    public SourceLocation At(int bodyOffset) => Input.Body.File.LocationOf(Input.Body.Start + bodyOffset);
}
