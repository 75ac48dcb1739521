namespace Briefings.Cli;

public static class ExitCodes
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int Usage = 2;
    public const int InternalError = 70;

    // A build stopped by a signal exits with 128 + its number (130 SIGINT, 143 SIGTERM, 129 SIGHUP): see Interruption.
}
