namespace Briefings.Caching;

/// <summary>A file of the cache no longer holds what this build wrote or checked in it: something else changed it meanwhile.</summary>
public sealed class CacheChangedException(string message) : Exception(message);
