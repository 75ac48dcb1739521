namespace Briefings.Diagnostics;

/// <summary>
/// An exception of a kind the caller handles, whether thrown as it is or wrapped by a parallel stage
/// (<c>AsParallel</c> and <c>Parallel.For</c> rethrow what a worker threw inside an <see cref="AggregateException"/>).
/// </summary>
public static class Thrown
{
    public static T? Find<T>(Exception e) where T : Exception => e switch
    {
        T found => found,
        AggregateException aggregate => aggregate.Flatten().InnerExceptions.OfType<T>().FirstOrDefault(),
        _ => null,
    };
}
