namespace Briefings.Markdown;

/// <summary>A processed body's HTML, kept in memory or in the build cache's body store, and read when a page writes it.</summary>
public abstract class HtmlText
{
    public abstract string Read();
}
