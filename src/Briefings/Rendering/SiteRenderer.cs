using System.Text;
using Briefings.Diagnostics;
using Briefings.Glossary;
using Briefings.Markdown;
using Briefings.Markdown.Extensions.BriefingLinks;
using Briefings.Markdown.Extensions.GlossaryLinks;
using Briefings.Model;
using Briefings.Output;
using Briefings.Rendering.Functions;
using Briefings.Rendering.Views;
using Briefings.Site;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering;

/// <summary>
/// Stage 5: renders the site. Everything shared (parsed templates, the Markdown pipeline, the
/// glossary matcher, functions) is built once. Bodies render first, in parallel, because listings need
/// to know which terms each mentions; then each page renders alone, so pages run in parallel and one
/// page can be rebuilt by itself.
/// </summary>
public sealed class SiteRenderer
{
    public const string LayoutTemplate = "layout.html";

    private readonly SiteModel _site;
    private readonly Theme _theme;
    private readonly DiagnosticBag _diagnostics;
    private readonly TemplateSet _templates;
    private readonly ViewFactory _views;
    private readonly IReadOnlyDictionary<string, RenderedBody> _bodies;
    private readonly ScriptObject _functions;
    private readonly ScriptObject _builtins = HtmlTemplateContext.CreateBuiltins();

    /// <summary>Runtime template errors by place and message, with the pages they broke: one diagnostic each, not one per page.</summary>
    private readonly System.Collections.Concurrent.ConcurrentDictionary<(SourceLocation At, string Message), List<string>> _templateErrors = new();

    public SiteRenderer(SiteModel site, Theme theme, DiagnosticBag diagnostics)
    {
        _site = site;
        _theme = theme;
        _diagnostics = diagnostics;
        _templates = new TemplateSet(theme, diagnostics);

        var pipeline = MarkdownPipelineFactory.Create(site.Config.Markdown);
        var metadataMarkdown = new MetadataMarkdown();
        var definitions = site.Glossary.Terms.ToDictionary(t => t.Id, t => metadataMarkdown.ToHtml(t.Definition), StringComparer.Ordinal);
        var shortDefinitions = definitions.ToDictionary(d => d.Key, d => ShortDefinition.FromHtml(d.Value), StringComparer.Ordinal);
        IBodyPass[] passes = site.Config.GlossaryAutoLink && site.Glossary.Terms.Count > 0
            ? [new BriefingLinkPass(), new GlossaryLinkPass(new TermMatcher(GlossaryAssembler.Forms(site.Glossary.Terms)), shortDefinitions)]
            : [new BriefingLinkPass()];
        var bodies = new BodyRenderer(pipeline, passes);
        _bodies = site.Briefings
            .AsParallel()
            .Select(b => (b.Slug, Body: bodies.Render(new BodyContext(b, site, diagnostics))))
            .ToDictionary(x => x.Slug, x => x.Body, StringComparer.Ordinal);

        _views = new ViewFactory(site, metadataMarkdown.ToHtml, _bodies, definitions, shortDefinitions);
        _functions = CreateFunctions();
        Pages = new PagePlanner(site, _views, theme.Translations).Plan().ToList();
    }

    public IReadOnlyList<PageSpec> Pages { get; }

    /// <summary>Renders every page and copies the theme's assets into <paramref name="output"/>.</summary>
    public void RenderAll(IOutputSink output)
    {
        Parallel.ForEach(Pages, page =>
        {
            if (RenderCore(page) is { } html) output.Write(page.Path, Encoding.UTF8.GetBytes(html));
        });
        ReportTemplateErrors();
        output.Write(SitePaths.TimelineJson, TimelineJsonExporter.Export(_site, _views, _theme.Translations));
        foreach (var asset in _theme.Assets)
        {
            if (OutputPath.IsSafe(asset.Name)) output.Write(asset.Name, asset.File.Bytes);
            else _diagnostics.Error(DiagnosticCodes.UnsupportedFile, SourceLocation.FileStart(asset.File.Path), "this asset's name cannot be a path in the output");
        }
    }

    /// <summary>Renders one page alone (after a change to it) to HTML, or reports why it could not and returns null.</summary>
    public string? Render(PageSpec page)
    {
        var html = RenderCore(page);
        ReportTemplateErrors();
        return html;
    }

    private string? RenderCore(PageSpec page)
    {
        var template = Require(page.Template);
        var layout = Require(LayoutTemplate);
        if (template is null || layout is null) return null;

        var context = new HtmlTemplateContext(page.Path, page.Page.Language, _site.Config, _theme.Translations, _builtins);
        _templates.Share(context);
        context.PushGlobal(_functions);

        var globals = new ScriptObject
        {
            ["site"] = _views.Site,
            ["page"] = page.Page,
        };
        foreach (var (name, value) in page.Globals) globals[name] = value;
        if (page.Briefing is { } briefing) globals["body"] = new RawHtml(_bodies[briefing.Slug].Html);
        context.PushGlobal(globals);

        try
        {
            globals["content"] = new RawHtml(template.Render(context));
            return layout.Render(context);
        }
        catch (ScriptRuntimeException e)
        {
            var pages = _templateErrors.GetOrAdd((_templates.Locate(e.Span), e.OriginalMessage.TrimEnd('.')), _ => []);
            lock (pages) pages.Add(page.Path);
            return null;
        }
    }

    private void ReportTemplateErrors()
    {
        foreach (var ((at, message), pages) in _templateErrors)
        {
            pages.Sort(StringComparer.Ordinal);
            var others = pages.Count > 1 ? $" and {pages.Count - 1} other page{(pages.Count > 2 ? "s" : "")}" : "";
            _diagnostics.Error(DiagnosticCodes.TemplateRuntime, at, $"{message} (while rendering {pages[0]}{others})");
        }
        _templateErrors.Clear();
    }

    private Scriban.Template? Require(string name)
    {
        var template = _templates.Get(name);
        if (template is null && !_theme.Files.ContainsKey(name))
        {
            _diagnostics.Error(DiagnosticCodes.TemplateMissing, null, $"the theme has no template '{name}'");
        }
        return template;
    }

    private static ScriptObject CreateFunctions()
    {
        var functions = new ScriptObject();
        functions.Import(typeof(UrlFunctions));
        functions.SetValue("url", new UrlFunction(), readOnly: true);
        functions.Import(typeof(JsonFunctions));
        var i18n = new ScriptObject();
        i18n.Import(typeof(I18nFunctions));
        functions["i18n"] = i18n;
        return functions;
    }
}
