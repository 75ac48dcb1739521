using Briefings.Configuration;
using Briefings.Localization;
using Briefings.Routing;
using Briefings.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Briefings.Rendering.Templates;

/// <summary>
/// The Scriban context of one page. It escapes every value written with <c>{{ }}</c> unless it is
/// <see cref="RawHtml"/> or streamed content (the page inside the layout, a body), so a <c>&lt;script&gt;</c>
/// in a title shows as text without the theme having to remember <c>html.escape</c>. It reads members
/// of views through their own tables, never by reflection, and tells functions which page they serve.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <summary>Iterations one page may run: above any real listing (100,000 briefings, several loops each),
    /// low enough that a template looping forever stops within seconds, with an error.</summary>
    public const int MaxIterations = 50_000_000;

    /// <summary>How deep includes and functions may call each other: a partial that includes itself stops here, with an error.</summary>
    public const int MaxDepth = 100;

    /// <summary>The longest text a template may build in memory (<c>capture</c>, <c>array.join</c>): pages themselves
    /// stream, so only a template's own strings count against it, and past it the page fails with an error.</summary>
    public const int MaxStringLength = 64 * 1024 * 1024;

    /// <param name="builtins">Scriban's built-in functions, made once per build by <see cref="CreateBuiltins"/>
    /// and shared read-only by every page, instead of a fresh copy per page.</param>
    public HtmlTemplateContext(string pagePath, string language, SiteConfig site, Router router, Translations translations, ScriptObject builtins)
        : base(builtins)
    {
        PagePath = pagePath;
        PageLanguage = language;
        Site = site;
        Router = router;
        Translations = translations;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false; // a misspelt member (briefing.titel) is an error, not an empty string
        // Every limit either lifted where real content reaches it or an error, never a silent cut.
        LoopLimit = MaxIterations;
        RecursiveLimit = MaxDepth;
        LimitToString = MaxStringLength;
        OnStringLimit = ScriptLimitBehavior.Throw;
        OutputLimit = 0; // pages stream to their files: their length is their content's
        OnOutputLimit = ScriptLimitBehavior.Throw;
    }

    /// <summary>Scriban's built-ins, with <c>include</c> streaming the partial into the page where it can, and
    /// otherwise returning markup so that partials are not escaped twice.</summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        if (builtins["include"] is IScriptCustomFunction include)
        {
            builtins.SetValue("include", new StreamedInclude(include), readOnly: true);
        }
        return builtins;
    }

    /// <summary>Root-relative path of the page being rendered, for relative links.</summary>
    public string PagePath { get; }

    public string PageLanguage { get; }

    public SiteConfig Site { get; }

    public Router Router { get; }

    public Translations Translations { get; }

    /// <summary>Views read through their member tables; Scriban's own types (script objects, lists, texts, numbers)
    /// through its accessors, which need no reflection; anything else has no members.</summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target) => target switch
    {
        ITemplateObject view => view.Members,
        IScriptObject or string or System.Collections.IList or bool or int or long or double or decimal => base.GetMemberAccessorImpl(target),
        _ => NullAccessor.Default,
    };

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        switch (textAsObject)
        {
            case null:
                return this;
            case RawHtml raw:
                return Write(raw.Value);
            case IStreamedContent streamed:
                streamed.WriteTo(this);
                return this;
            default:
                return Write(Html.Escape(ObjectToString(textAsObject) ?? ""));
        }
    }

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => new(Write(span, textAsObject));
}
