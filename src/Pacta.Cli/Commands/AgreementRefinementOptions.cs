using System.CommandLine;

namespace Pacta.Cli.Commands;

/// <summary>The options of the narrower filters and the order (partner, kind, domain, until, text, sort), added to
/// `pacta agreements` and, with the other filters, to `pacta export`.</summary>
internal sealed class AgreementRefinementOptions
{
    public Option<string?> PartnerOption { get; } = Partner();

    public Option<string?> KindOption { get; } = Kind();

    public Option<string?> DomainOption { get; } = Domain();

    public Option<string?> UntilOption { get; } = Until();

    public Option<string?> TextOption { get; } = Text();

    public Option<string?> SortOption { get; } = Sort();

    public void AddTo(Command command)
    {
        command.Options.Add(PartnerOption);
        command.Options.Add(KindOption);
        command.Options.Add(DomainOption);
        command.Options.Add(UntilOption);
        command.Options.Add(TextOption);
        command.Options.Add(SortOption);
    }

    public AgreementRefinements Read(ParseResult parseResult) => new(
        parseResult.GetValue(PartnerOption),
        parseResult.GetValue(KindOption),
        parseResult.GetValue(DomainOption),
        parseResult.GetValue(UntilOption),
        parseResult.GetValue(TextOption),
        parseResult.GetValue(SortOption));

    public static Option<string?> Partner() => new("--partner")
    {
        Description = "Only agreements this party signed too (with --country: that pair).",
    };

    public static Option<string?> Kind() => new("--kind")
    {
        Description = "Only this kind of instrument: agreement, memorandum, plan, treaty, protocol, contract or other.",
    };

    public static Option<string?> Domain() => new("--domain")
    {
        Description = "Only defense or only security agreements.",
    };

    public static Option<string?> Until() => new("--until")
    {
        Description = "Only agreements dated on or before this date (YYYY, YYYY-MM or YYYY-MM-DD); undated ones are left out.",
    };

    public static Option<string?> Text() => new("--text", "-q")
    {
        Description = "Only agreements where every word occurs (any case) in the id, parties, place, signatories, source titles or evidence.",
    };

    public static Option<string?> Sort() => new("--sort")
    {
        Description = "Order: date, confidence, sources, parties, status or id; a leading '-' sorts descending (default: latest date first).",
    };
}
