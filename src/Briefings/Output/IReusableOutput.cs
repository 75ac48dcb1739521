namespace Briefings.Output;

/// <summary>
/// An output that may already hold files made by an earlier build: told what each file is made from before it
/// is rendered, it says whether the file it has was made from the very same inputs, so rendering can be skipped.
/// </summary>
public interface IReusableOutput
{
    /// <summary>Records that <paramref name="path"/> is made from <paramref name="inputs"/>; true when the file already there was, and is kept as it is.</summary>
    bool Reuse(string path, UInt128 inputs);
}
