using Briefings.Content;
using Briefings.Diagnostics;
using Briefings.Pipeline;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Templates;

/// <summary>Every template of the theme, parsed once per build and shared by all pages (and their includes).</summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates;
    private readonly Dictionary<string, SourceText> _paths;

    private TemplateSet(Dictionary<string, Template> templates, Dictionary<string, SourceText> paths)
    {
        _templates = templates;
        _paths = paths;
    }

    /// <summary>Parses every template of the theme; a syntax error is a diagnostic at its place and leaves that template out.</summary>
    public static Staged<TemplateSet> Parse(Theme theme)
    {
        var diagnostics = new DiagnosticBag();
        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var paths = new Dictionary<string, SourceText>(StringComparer.Ordinal);
        foreach (var file in theme.Templates)
        {
            var source = TextDecoder.Decode(file.File, diagnostics);
            if (source is null) continue;
            var template = Template.Parse(source.Text, file.Name);
            if (template.HasErrors)
            {
                // The first error only: the ones after it are mostly the parser losing its way.
                var message = template.Messages.First(m => m.Type == ParserMessageType.Error);
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, At(source, message.Span), "template syntax error: " + message.Message);
                continue;
            }
            templates[file.Name] = template;
            paths[file.Name] = source;
        }
        return Staged<TemplateSet>.From(new TemplateSet(templates, paths), diagnostics);
    }

    /// <summary>Whether the theme has a template of this name, even one that failed to parse.</summary>
    public bool Has(string name) => _paths.ContainsKey(name);

    public Template? Get(string name) => _templates.GetValueOrDefault(name);

    /// <summary>Where a Scriban span lies in the template's file, for diagnostics.</summary>
    public SourceLocation Locate(SourceSpan span) =>
        span.FileName is { } name && _paths.TryGetValue(name, out var source)
            ? At(source, span)
            : new SourceLocation(span.FileName ?? "(template)", span.Start.Line + 1, span.Start.Column + 1);

    /// <summary>Lets a page context include the shared parsed templates instead of parsing them again.</summary>
    public void Share(TemplateContext context)
    {
        context.TemplateLoader = this;
        foreach (var (name, template) in _templates) context.CachedTemplates[name] = template;
    }

    string ITemplateLoader.GetPath(TemplateContext context, SourceSpan callerSpan, string templateName) => templateName;

    string ITemplateLoader.Load(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"no template '{templatePath}' in the theme");

    ValueTask<string?> ITemplateLoader.LoadAsync(TemplateContext context, SourceSpan callerSpan, string templatePath) =>
        throw new ScriptRuntimeException(callerSpan, $"no template '{templatePath}' in the theme");

    private static SourceLocation At(SourceText source, SourceSpan span) =>
        new(source.Path, span.Start.Line + 1, span.Start.Column + 1);
}
