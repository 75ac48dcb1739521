using System.Collections.Concurrent;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Templates;

/// <summary>
/// Scriban's <c>include</c>, rendering the partial straight into the page's output when its text would be
/// written there anyway (<c>{{ include "partials/event.html" }}</c> as a statement of its own). Scriban renders
/// every include into a string first, and a timeline page includes one partial per event: tens of megabytes of
/// strings per build, copied twice. Anywhere else (<c>x = include …</c>, a pipe, named arguments, an indented
/// block) the partial is rendered as Scriban does, into markup the page does not escape again.
/// </summary>
internal sealed class StreamedInclude(IScriptCustomFunction include) : IScriptCustomFunction
{
    private readonly RawResultFunction _markup = new(include);

    /// <summary>Per partial, whether it indents lines of its own (see <see cref="Streamable"/>).</summary>
    private readonly ConcurrentDictionary<Template, bool> _indents = new();

    public int RequiredParameterCount => include.RequiredParameterCount;

    public int ParameterCount => include.ParameterCount;

    public ScriptVarParamKind VarParamKind => include.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => include.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (Streamable(context, callerContext, arguments) is not { } template)
        {
            return _markup.Invoke(context, callerContext, arguments, blockStatement);
        }
        // What TemplateContext.RenderTemplate does, less the string output it pushes.
        var indent = context.CurrentIndent;
        context.EnterRecursive(callerContext);
        context.CurrentIndent = null;
        context.PushLocal();
        try
        {
            context.SetValue(ScriptVariable.Arguments, arguments, true, true);
            Render(template, context);
        }
        finally
        {
            context.PopLocal();
            context.CurrentIndent = indent;
            context.ExitRecursive(callerContext);
        }
        return null;
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        _markup.InvokeAsync(context, callerContext, arguments, blockStatement);

    /// <summary>
    /// The partial to stream, or null to render it as a string. Streaming writes the same characters in the same
    /// place when the call is a statement alone whose result the page would write unchanged: no indentation to
    /// add to its lines (an empty one adds nothing), no named arguments to evaluate first.
    /// </summary>
    private Template? Streamable(TemplateContext context, ScriptNode? caller, ScriptArray arguments)
    {
        if (caller is not ScriptFunctionCall { Parent: ScriptExpressionStatement } call
            || !context.EnableOutput
            || !string.IsNullOrEmpty(context.CurrentIndent)
            || arguments.Count == 0)
        {
            return null;
        }
        for (var i = 0; i < call.Arguments.Count; i++)
        {
            if (call.Arguments[i] is ScriptNamedArgument) return null;
        }
        if (context.ObjectToString(arguments[0]) is not { } name
            || context.GetTemplatePathFromName(name, caller) is not { } path
            || !context.CachedTemplates.TryGetValue(path, out var template))
        {
            return null;
        }
        // Scriban renders a partial called from within {{ }} with a fresh line state and afterwards restores the
        // page's, which only indented lines read. A partial that indents none of its lines writes the same whatever
        // the state, and leaves it as its string would.
        return context.CurrentIndent is null || !_indents.GetOrAdd(template, Indents) ? template : null;
    }

    /// <summary>What <see cref="Template.Render(TemplateContext)"/> does, without reading the output back as a string.</summary>
    private static void Render(Template template, TemplateContext context)
    {
        if (template.SourceFilePath is { } file) context.PushSourceFile(file);
        try
        {
            context.UseScientific = template.LexerOptions.Lang == Scriban.Parsing.ScriptLang.Scientific;
            if (template.Page is null) return;
            var result = context.Evaluate(template.Page);
            if (context.EnableOutput && result is not null) context.Write(template.Page.Span, result);
        }
        finally
        {
            if (template.SourceFilePath is not null) context.PopSourceFile();
        }
    }

    /// <summary>Whether the template indents lines of its own (<c>{{ }}</c> after nothing but spaces on a line).</summary>
    private static bool Indents(Template template) => template.Page is { } page && Indents(page);

    private static bool Indents(ScriptNode node)
    {
        if (node is ScriptEscapeStatement { Indent.Length: > 0 }) return true;
        for (var i = 0; i < node.ChildrenCount; i++)
        {
            if (node.GetChildren(i) is { } child && Indents(child)) return true;
        }
        return false;
    }
}
