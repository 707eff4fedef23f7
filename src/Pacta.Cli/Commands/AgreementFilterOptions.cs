using System.CommandLine;

namespace Pacta.Cli.Commands;

/// <summary>The filter options of `pacta agreements`, made fresh for each command that takes them (`export` too), so
/// they read and are described the same everywhere. An instance holds one set, for a command to add and read whole.</summary>
internal sealed class AgreementFilterOptions
{
    public Option<string?> CountryOption { get; } = Country();

    public Option<string?> StatusOption { get; } = Status();

    public Option<string?> SinceOption { get; } = Since();

    public Option<int?> LimitOption { get; } = Limit();

    public Option<bool> RejectedOption { get; } = Rejected();

    /// <summary>Partner, kind, domain, until, text and sort.</summary>
    public AgreementRefinementOptions Refinements { get; } = new();

    public void AddTo(Command command)
    {
        command.Options.Add(CountryOption);
        command.Options.Add(StatusOption);
        command.Options.Add(SinceOption);
        command.Options.Add(LimitOption);
        command.Options.Add(RejectedOption);
        Refinements.AddTo(command);
    }

    public AgreementFilters Read(ParseResult parseResult) => new(
        parseResult.GetValue(CountryOption),
        parseResult.GetValue(StatusOption),
        parseResult.GetValue(SinceOption),
        parseResult.GetValue(LimitOption),
        parseResult.GetValue(RejectedOption),
        Refinements.Read(parseResult));

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
