using Briefings.Rendering.Templates;
using Scriban.Runtime;

namespace Briefings.Rendering.Functions;

/// <summary>
/// <c>{{ url "assets/style.css" }}</c>: the link from the current page to a root-relative path, from the router
/// (relative everywhere, absolute on the 404 page under <c>base_url</c>). <c>{{ absolute_url path }}</c>: the
/// address under <c>base_url</c>, or nothing without one.
/// </summary>
public static class UrlFunctions
{
    public static void Register(ScriptObject functions)
    {
        functions.SetValue("url", new TemplateFunction("url", 1, 0, (page, args, caller) =>
            page.Router.Link(page.PagePath, TemplateFunction.Argument<string>(args, 0, "url", caller, page))), readOnly: true);
        functions.SetValue("absolute_url", new TemplateFunction("absolute_url", 1, 0, (page, args, caller) =>
            page.Router.Absolute(TemplateFunction.Argument<string>(args, 0, "absolute_url", caller, page))), readOnly: true);
    }
}
