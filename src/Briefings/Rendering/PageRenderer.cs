using System.Collections.Concurrent;
using Briefings.Diagnostics;
using Briefings.Model;
using Briefings.Planning;
using Briefings.Rendering.Functions;
using Briefings.Rendering.Templates;
using Briefings.Rendering.Views;
using Briefings.Routing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering;

/// <summary>
/// Renders planned pages, each alone, straight into its output stream: the layout writes until
/// <c>{{ content }}</c>, the page's template writes in place, the layout finishes. What every page
/// shares (templates, functions, built-ins, views) is made once per build and given to it.
/// </summary>
public sealed class PageRenderer(SiteModel site, ViewFactory views, TemplateSet templates, Theme theme, Router router)
{
    private readonly ScriptObject _builtins = HtmlTemplateContext.CreateBuiltins();
    private readonly ScriptObject _functions = CreateFunctions();
    private readonly Publishing.HeadMeta _meta = new(site, views, router, theme.Translations);
    private readonly string _glossaryTitle = theme.Translations.Get(site.Config.Language, "glossary.title");

    /// <summary>Runtime template errors by place and message, with the pages they broke: one diagnostic each, not one per page.</summary>
    private readonly ConcurrentDictionary<(SourceLocation At, string Message), ConcurrentBag<string>> _errors = new();
    private readonly ConcurrentDictionary<string, bool> _missing = new(StringComparer.Ordinal);

    /// <summary>What the page's templates see besides <c>site</c>, <c>page</c> and <c>content</c>.</summary>
    public ScriptObject Globals(PlannedPage page)
    {
        var globals = PageGlobals.For(page, site, views, router, _glossaryTitle);
        globals["meta"] = _meta.For(page);
        return globals;
    }

    /// <summary>Renders one page into <paramref name="output"/>; false when a template failed (reported by <see cref="Diagnostics"/>).</summary>
    public bool Render(PlannedPage page, Output.IOutputSink output)
    {
        var template = Require(page.Template);
        var layout = page.Layout is null ? null : Require(page.Layout);
        if (template is null || (page.Layout is not null && layout is null)) return false;

        var context = new HtmlTemplateContext(page.Path, page.Page.Language, site.Config, router, theme.Translations, _builtins);
        templates.Share(context);
        var globals = Globals(page);
        globals["site"] = views.Site;
        globals["page"] = page.Page;
        // The functions go into the page's own globals (as values a template may shadow, as before), not a level of
        // their own under them: Scriban looks a name up level by level, and pages look up url and i18n at every link.
        foreach (var (name, function) in _functions)
        {
            if (!globals.ContainsKey(name)) globals[name] = function;
        }
        context.PushGlobal(globals);

        using var stream = output.Create(page.Path);
        using var writer = new Utf8StreamOutput(stream);
        context.PushOutput(writer);
        // Scriban checks the token at every statement and loop step: a template that runs away stops where it is.
        using var budget = new CancellationTokenSource(TimeSpan.FromSeconds(site.Config.TemplateTimeLimit));
        context.CancellationToken = budget.Token;
        try
        {
            if (layout is null)
            {
                template.Render(context);
            }
            else
            {
                globals["content"] = new PageContent(template);
                layout.Render(context);
            }
            return true;
        }
        catch (ScriptAbortException e) when (budget.IsCancellationRequested)
        {
            var message = $"the template ran for more than {site.Config.TemplateTimeLimit} s on one page (a loop that never ends?"
                + " 'template_time_limit' in site.yml allows more)";
            _errors.GetOrAdd((templates.Locate(e.Span), message), _ => []).Add(page.Path);
            return false;
        }
        catch (ScriptRuntimeException e)
        {
            _errors.GetOrAdd((templates.Locate(e.Span), e.OriginalMessage.TrimEnd('.')), _ => []).Add(page.Path);
            return false;
        }
    }

    /// <summary>What went wrong across every page rendered so far: one diagnostic per template error, naming the pages it broke.</summary>
    public IEnumerable<Diagnostic> Diagnostics()
    {
        foreach (var name in _missing.Keys.Order(StringComparer.Ordinal))
        {
            yield return new Diagnostic(Severity.Error, DiagnosticCodes.TemplateMissing, $"the theme has no template '{name}'", null);
        }
        foreach (var ((at, message), bag) in _errors)
        {
            var pages = bag.Order(StringComparer.Ordinal).ToList();
            var others = pages.Count > 1 ? $" and {pages.Count - 1} other page{(pages.Count > 2 ? "s" : "")}" : "";
            yield return new Diagnostic(Severity.Error, DiagnosticCodes.TemplateRuntime, $"{message} (while rendering {pages[0]}{others})", at);
        }
    }

    private Scriban.Template? Require(string name)
    {
        var template = templates.Get(name);
        // A template that failed to parse was reported then; one that does not exist is reported once here.
        if (template is null && !templates.Has(name)) _missing.TryAdd(name, true);
        return template;
    }

    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        UrlFunctions.Register(functions);
        JsonFunctions.Register(functions);
        functions["i18n"] = I18nFunctions.Create();
        return functions;
    }
}
