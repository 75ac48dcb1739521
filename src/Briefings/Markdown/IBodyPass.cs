using Markdig.Syntax;

namespace Briefings.Markdown;

/// <summary>A change to a parsed body before it renders (links between briefings, glossary terms).</summary>
public interface IBodyPass
{
    void Apply(MarkdownDocument document, BodyContext context);
}
