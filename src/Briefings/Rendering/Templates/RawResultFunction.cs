using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Templates;

/// <summary>Wraps a function whose text result is markup (Scriban's <c>include</c>) so the page does not escape it twice.</summary>
internal sealed class RawResultFunction(IScriptCustomFunction inner) : IScriptCustomFunction
{
    public int RequiredParameterCount => inner.RequiredParameterCount;

    public int ParameterCount => inner.ParameterCount;

    public ScriptVarParamKind VarParamKind => inner.VarParamKind;

    public Type ReturnType => typeof(RawHtml);

    public ScriptParameterInfo GetParameterInfo(int index) => inner.GetParameterInfo(index);

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(inner.Invoke(context, callerContext, arguments, blockStatement));

    public async ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        Wrap(await inner.InvokeAsync(context, callerContext, arguments, blockStatement));

    private static object? Wrap(object? result) => result is string text ? new RawHtml(text) : result;
}
