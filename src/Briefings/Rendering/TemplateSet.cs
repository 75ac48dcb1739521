using Briefings.Content;
using Briefings.Diagnostics;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering;

/// <summary>Every template of the theme, parsed once per build and shared by all pages (and their includes).</summary>
public sealed class TemplateSet : ITemplateLoader
{
    private readonly Dictionary<string, Template> _templates = new(StringComparer.Ordinal);

    public TemplateSet(Theme theme, DiagnosticBag diagnostics)
    {
        foreach (var file in theme.Templates)
        {
            var source = TextDecoder.Decode(file.File, diagnostics);
            if (source is null) continue;
            var template = Template.Parse(source.Text, file.Name);
            if (template.HasErrors)
            {
                // The first error only: the ones after it are mostly the parser losing its way.
                var message = template.Messages.First(m => m.Type == Scriban.Parsing.ParserMessageType.Error);
                diagnostics.Error(DiagnosticCodes.TemplateSyntax, At(source, message.Span), "template syntax error: " + message.Message);
                continue;
            }
            _templates[file.Name] = template;
            _paths[file.Name] = source;
        }
    }

    private readonly Dictionary<string, SourceText> _paths = new(StringComparer.Ordinal);

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
