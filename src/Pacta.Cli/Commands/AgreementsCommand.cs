using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using CsvHelper;
using Pacta.Cli.Output;
using Pacta.Core.Model;
using Pacta.Storage;
using Spectre.Console;

namespace Pacta.Cli.Commands;

/// <summary>`pacta agreements`: lists the stored agreements, latest first, filtered by party, status and date.</summary>
public sealed class AgreementsCommand : Command
{
    public AgreementsCommand()
        : base("agreements", "List the agreements in the database, latest date first, with their status history and how many reports and documents (sources) report each. Rejected agreements are left out.")
    {
        Options.Add(Database);
        Options.Add(Country);
        Options.Add(Status);
        Options.Add(Since);
        Options.Add(Limit);
        Options.Add(Rejected);
        Refinements.AddTo(this);
        Options.Add(Format);
        SetAction(parseResult => Run(
            parseResult.GetValue(Database),
            parseResult.GetValue(Country),
            parseResult.GetValue(Status),
            parseResult.GetValue(Since),
            parseResult.GetValue(Limit),
            parseResult.GetValue(Format),
            Console.Out,
            Console.Error,
            parseResult.GetValue(Rejected),
            Refinements.Read(parseResult)));
    }

    /// <summary>The options beyond country, status, since and limit (partner, kind, domain, until, text, sort).</summary>
    internal AgreementRefinementOptions Refinements { get; } = new();

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<string?> Country { get; } = AgreementFilterOptions.Country();

    internal Option<string?> Status { get; } = AgreementFilterOptions.Status();

    internal Option<string?> Since { get; } = AgreementFilterOptions.Since();

    internal Option<int?> Limit { get; } = AgreementFilterOptions.Limit();

    internal Option<bool> Rejected { get; } = AgreementFilterOptions.Rejected();

    internal Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "table (for people), json (one array), jsonl (one object per line) or csv (with a header row).",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    internal static int Run(
        string? database, string? country, string? status, string? since, int? limit, OutputFormat format, TextWriter output, TextWriter errors,
        bool includeRejected = false, AgreementRefinements? refinements = null)
    {
        if (!TryBuildQuery(country, status, since, limit, out var query, out var problem)
            || !(refinements ?? AgreementRefinements.None).TryApply(query, out query, out problem))
        {
            errors.WriteLine($"agreements: {problem}");
            return ExitCodes.UsageError;
        }

        query = query with { IncludeRejected = includeRejected };
        return StoreAccess.Use(database, create: false, "agreements", errors, store =>
        {
            Write(store.ListAgreementsAsync(query).GetAwaiter().GetResult(), format, output);
            return ExitCodes.Success;
        });
    }

    /// <summary>Writes agreements in <paramref name="format"/>; shared with <c>pacta review list</c>.</summary>
    internal static void Write(IReadOnlyList<StoredAgreement> agreements, OutputFormat format, TextWriter output)
    {
        switch (format)
        {
            case OutputFormat.Json:
                output.WriteLine(new JsonArray(agreements.Select(a => (JsonNode)JsonShapes.Agreement(a)).ToArray()).ToJsonString(JsonShapes.Indented));
                break;
            case OutputFormat.Jsonl:
                foreach (var agreement in agreements)
                {
                    output.WriteLine(JsonShapes.Agreement(agreement).ToJsonString(JsonShapes.Compact));
                }

                break;
            case OutputFormat.Csv:
                WriteCsv(agreements, output);
                break;
            default:
                WriteTable(agreements, output);
                break;
        }
    }

    /// <summary>Checks the filter options; on failure <paramref name="problem"/> says which one and what is expected.</summary>
    internal static bool TryBuildQuery(string? country, string? status, string? since, int? limit, out AgreementQuery query, out string? problem)
    {
        query = AgreementQuery.All;
        problem = null;
        PartyCode? party = null;
        if (country is not null)
        {
            var code = country.Trim().ToUpperInvariant();
            if (!PartyCode.IsValid(code))
            {
                problem = $"--country '{country}' is not an ISO 3166-1 alpha-3 code (e.g. FRA) or an organisation code ({string.Join(", ", PartyCode.Organizations.Order(StringComparer.Ordinal))}).";
                return false;
            }

            party = new PartyCode(code);
        }

        AgreementStatus? wanted = null;
        if (status is not null)
        {
            if (!Vocabulary.TryParseStatus(status.Trim().ToLowerInvariant().Replace('-', '_'), out var parsed))
            {
                problem = $"--status '{status}' is not one of {string.Join(", ", Enum.GetValues<AgreementStatus>().Select(s => s.ToGold()))}.";
                return false;
            }

            wanted = parsed;
        }

        DateOnly? from = null;
        if (since is not null)
        {
            if (!PartialDate.TryParse(since, out var date))
            {
                problem = $"--since '{since}' is not a date (YYYY, YYYY-MM or YYYY-MM-DD).";
                return false;
            }

            from = date.Start;
        }

        if (limit is <= 0)
        {
            problem = $"--limit must be positive (got {limit}).";
            return false;
        }

        query = new AgreementQuery { Country = party, Status = wanted, Since = from, Limit = limit };
        return true;
    }

    private static void WriteTable(IReadOnlyList<StoredAgreement> agreements, TextWriter output)
    {
        var console = TableConsole.For(output);

        var table = new Table().AddColumns("id", "parties", "history", "kind", "domain", "place", "signatories", "reports/sources", "first seen", "last seen", "conf.", "review");
        foreach (var stored in agreements)
        {
            var a = stored.Agreement;
            table.AddRow(
                Markup.Escape(a.Id),
                stored.PartyKey,
                Markup.Escape(AgreementText.History(stored)),
                a.Kind.ToGold(),
                a.Domain.ToGold(),
                Markup.Escape(a.Place ?? ""),
                Markup.Escape(string.Join("; ", a.Signatories)),
                $"{stored.Reports}/{stored.Sources}",
                AgreementText.Day(stored.FirstSeen),
                AgreementText.Day(stored.LastSeen),
                a.Confidence.ToString("0.00", CultureInfo.InvariantCulture),
                AgreementText.Review(stored));
        }

        console.Write(table);
        console.WriteLine($"{agreements.Count} agreement(s).");
    }

    /// <summary>RFC 4180 CSV (comma separated, CRLF, quoted when needed) with a header row.</summary>
    private static void WriteCsv(IReadOnlyList<StoredAgreement> agreements, TextWriter output)
    {
        using var csv = CsvWriter.Create(output, CsvWriterOptions.Default, leaveOpen: true);
        csv.WriteRecord(["id", "parties", "status", "date", "kind", "domain", "place", "signatories", "sources", "confidence", "first_seen", "last_seen", "reports", "history", "review"]);
        foreach (var stored in agreements)
        {
            var a = stored.Agreement;
            csv.WriteRecord(
            [
                a.Id,
                stored.PartyKey,
                a.Status.ToGold(),
                a.Date?.ToString(),
                a.Kind.ToGold(),
                a.Domain.ToGold(),
                a.Place,
                string.Join("; ", a.Signatories),
                stored.Sources.ToString(CultureInfo.InvariantCulture),
                a.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
                stored.FirstSeen.ToString("O", CultureInfo.InvariantCulture),
                stored.LastSeen.ToString("O", CultureInfo.InvariantCulture),
                stored.Reports.ToString(CultureInfo.InvariantCulture),
                AgreementText.History(stored),
                AgreementText.Review(stored),
            ]);
        }
    }
}
