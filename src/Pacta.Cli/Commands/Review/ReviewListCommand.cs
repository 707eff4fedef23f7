using System.CommandLine;
using Pacta.Storage;

namespace Pacta.Cli.Commands.Review;

/// <summary>`pacta review list`: the review queue, agreements no analyst has looked at, lowest confidence first.</summary>
public sealed class ReviewListCommand : Command
{
    public ReviewListCommand()
        : base("list", "List the agreements no analyst has reviewed yet, lowest confidence first.")
    {
        Options.Add(Database);
        Options.Add(Limit);
        Options.Add(Format);
        SetAction(parseResult => Run(parseResult.GetValue(Database), parseResult.GetValue(Limit), parseResult.GetValue(Format), Console.Out, Console.Error));
    }

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<int?> Limit { get; } = new("--limit", "-n") { Description = "At most this many agreements." };

    internal Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "table, json, jsonl or csv (as `pacta agreements`).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    internal static int Run(string? database, int? limit, OutputFormat format, TextWriter output, TextWriter errors)
    {
        if (limit is <= 0)
        {
            errors.WriteLine($"review list: --limit must be positive (got {limit}).");
            return ExitCodes.UsageError;
        }

        return StoreAccess.Use(database, create: false, "review list", errors, store =>
        {
            AgreementsCommand.Write(store.ListAgreementsAsync(new AgreementQuery { ForReview = true, Limit = limit }).GetAwaiter().GetResult(), format, output);
            return ExitCodes.Success;
        });
    }
}
