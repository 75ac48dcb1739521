namespace Briefings.Output;

/// <summary>Writes nothing: for <c>check</c>, which only looks at the files as they pass.</summary>
public sealed class NullOutput : IOutputSink
{
    public Stream Create(string path)
    {
        OutputPath.Validate(path);
        return Stream.Null;
    }
}
