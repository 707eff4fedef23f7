using System.CommandLine;

namespace Pacta.Cli.Commands;

/// <summary>The filter options of `pacta agreements`, made fresh for each command that takes them (`export` too), so
/// they read and are described the same everywhere.</summary>
internal static class AgreementFilterOptions
{
    public static Option<string?> Country() => new("--country", "-c")
    {
        Description = "Only agreements this party signed: an ISO 3166-1 alpha-3 code (FRA) or an organisation code (NATO, EU…).",
    };

    public static Option<string?> Status() => new("--status", "-s")
    {
        Description = "Only agreements with this status: planned, signed, ratified, in_force or terminated.",
    };

    public static Option<string?> Since() => new("--since")
    {
        Description = "Only agreements dated on or after this date (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are left out.",
    };

    public static Option<int?> Limit() => new("--limit", "-n")
    {
        Description = "At most this many agreements.",
    };

    public static Option<bool> Rejected() => new("--rejected")
    {
        Description = "Also list the agreements an analyst rejected.",
    };
}
