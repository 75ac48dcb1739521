namespace Briefings.Output;

/// <summary>One internal reference of a page, where it is written: <c>&lt;a href="../x/index.html#y"&gt;</c> at line 12, column 5.</summary>
public sealed record LinkReference(string Element, string Attribute, string Value, int Line, int Column);
