using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace Briefings.Rendering.Templates;

/// <summary>
/// A function templates call (<c>{{ url "x" }}</c>, <c>{{ i18n.t "key" }}</c>), written as a delegate over
/// the page's context and its arguments: no reflection over parameters, and errors at the caller's place.
/// </summary>
public sealed class TemplateFunction(string name, int required, int optional, Func<HtmlTemplateContext, ScriptArray, ScriptNode?, object?> body)
    : IScriptCustomFunction
{
    // Scriban asks for each argument's description at every call: made once, not a new string per argument.
    private readonly ScriptParameterInfo[] _parameters =
        [.. Enumerable.Range(0, required + optional).Select(i => new ScriptParameterInfo(typeof(object), $"arg{i}"))];

    public int RequiredParameterCount => required;

    public int ParameterCount => required + optional;

    public ScriptVarParamKind VarParamKind => ScriptVarParamKind.None;

    public Type ReturnType => typeof(object);

    public ScriptParameterInfo GetParameterInfo(int index) =>
        index < _parameters.Length ? _parameters[index] : new(typeof(object), $"arg{index}");

    public object? Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (arguments.Count < required || arguments.Count > required + optional)
        {
            var expected = optional == 0 ? $"{required}" : $"{required} to {required + optional}";
            throw new ScriptRuntimeException(callerContext?.Span ?? context.CurrentSpan, $"{name} takes {expected} argument(s), not {arguments.Count}");
        }
        return body((HtmlTemplateContext)context, arguments, callerContext);
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new(Invoke(context, callerContext, arguments, blockStatement));

    /// <summary>The argument as the type a function needs, or a template error at the call naming both.</summary>
    public static T Argument<T>(ScriptArray arguments, int index, string function, ScriptNode? caller, TemplateContext context)
    {
        if (arguments[index] is T value) return value;
        var got = arguments[index]?.GetType().Name ?? "nothing";
        throw new ScriptRuntimeException(caller?.Span ?? context.CurrentSpan, $"{function} expects {Describe(typeof(T))} as argument {index + 1}, not {got}");
    }

    private static string Describe(Type type) => type == typeof(string) ? "a text" : type.Name;
}
