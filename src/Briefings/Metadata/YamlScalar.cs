namespace Briefings.Metadata;

/// <param name="IsPlain">Unquoted: only plain scalars can be <c>null</c>, booleans or numbers.</param>
public sealed record YamlScalar(string Value, bool IsPlain, int Offset) : YamlNode(Offset)
{
    public override long Size => 1;

    public override string Kind => "a scalar";

    /// <summary>An empty value or <c>~</c>/<c>null</c>, written without quotes.</summary>
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}
