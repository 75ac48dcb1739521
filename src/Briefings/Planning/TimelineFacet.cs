namespace Briefings.Planning;

public enum TimelineFacet
{
    Tag,
    Actor,
}
