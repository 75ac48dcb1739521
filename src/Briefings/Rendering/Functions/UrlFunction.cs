using Briefings.Output;
using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Functions;

/// <summary>
/// <c>{{ url "assets/style.css" }}</c>: a link from the current page to a root-relative path. Written
/// as a custom function rather than an imported method because every link of every page calls it, and
/// this skips Scriban's reflection-based argument conversion.
/// </summary>
public sealed class UrlFunction : IScriptCustomFunction
{
    public int RequiredParameterCount => 1;

    public int ParameterCount => 1;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(string);

    public ScriptParameterInfo GetParameterInfo(int index) => new(typeof(string), "path");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count != 1 || arguments[0] is not string path)
        {
            throw new ScriptRuntimeException(callerContext?.Span ?? default, "url expects one text argument, a path such as \"assets/style.css\"");
        }
        return UrlFunctions.Url(context, path);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));
}
