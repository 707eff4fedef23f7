namespace Pacta.Cli;

/// <summary>What `pacta` returns to the shell.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work was done, but some inputs could not be read (each is reported on stderr).</summary>
    public const int SomeInputsFailed = 1;

    /// <summary>Bad arguments or options.</summary>
    public const int UsageError = 2;

    /// <summary>Nothing could be read, or the database could not be opened.</summary>
    public const int Failed = 3;

    /// <summary>`pacta eval --min-f1`: the scores are below the threshold.</summary>
    public const int BelowThreshold = 4;
}
