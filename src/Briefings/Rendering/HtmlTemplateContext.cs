using System.Collections.Concurrent;
using Briefings.Text;
using Briefings.Configuration;
using Briefings.Localization;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;

namespace Briefings.Rendering;

/// <summary>
/// The Scriban context of one page. It escapes every value written with <c>{{ }}</c> unless it is
/// <see cref="RawHtml"/>, so a <c>&lt;script&gt;</c> in a title shows as text without the theme
/// having to remember <c>html.escape</c>. It also tells the functions which page they serve.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    /// <param name="builtins">Scriban's built-in functions, made once per build by <see cref="CreateBuiltins"/>
    /// and shared read-only by every page, instead of a fresh copy per page.</param>
    public HtmlTemplateContext(string pagePath, string language, SiteConfig site, Translations translations, ScriptObject builtins)
        : base(builtins)
    {
        PagePath = pagePath;
        PageLanguage = language;
        Site = site;
        Translations = translations;
        StrictVariables = true;
        LoopLimit = 0; // the index lists every briefing; Scriban's default stops at 1,000
        EnableRelaxedMemberAccess = false; // a misspelt member (briefing.titel) is an error, not an empty string
    }

    /// <summary>Scriban's built-ins, with <c>include</c> returning markup so that partials are not escaped twice.</summary>
    public static ScriptObject CreateBuiltins()
    {
        var builtins = GetDefaultBuiltinObject();
        if (builtins["include"] is IScriptCustomFunction include)
        {
            builtins.SetValue("include", new RawResultFunction(include), readOnly: true);
        }
        return builtins;
    }

    /// <summary>Root-relative path of the page being rendered, for relative links.</summary>
    public string PagePath { get; }

    public string PageLanguage { get; }

    public SiteConfig Site { get; }

    public Translations Translations { get; }

    /// <summary>
    /// Member accessors by type, for every page of every build. Scriban caches them per context, that is per
    /// page, and making one reflects over the type and renames each member: for a view type that is done
    /// once here, not once per page. Sound because every page uses Scriban's default member renamer and
    /// no filter, and an accessor is read-only once made.
    /// </summary>
    private static readonly ConcurrentDictionary<Type, IObjectAccessor> Accessors = new();

    protected override IObjectAccessor GetMemberAccessorImpl(object target) =>
        Accessors.TryGetValue(target.GetType(), out var accessor) ? accessor : Accessors.GetOrAdd(target.GetType(), base.GetMemberAccessorImpl(target) ?? NullAccessor.Default);

    public override TemplateContext Write(SourceSpan span, object? textAsObject) => textAsObject switch
    {
        null => this,
        RawHtml raw => Write(raw.Value),
        _ => Write(Html.Escape(ObjectToString(textAsObject) ?? "")),
    };

    public override ValueTask<TemplateContext> WriteAsync(SourceSpan span, object? textAsObject) => new(Write(span, textAsObject));
}
