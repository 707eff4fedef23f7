using System.CommandLine;
using System.Globalization;
using Pacta.Cli.Output;
using Pacta.Core.Model;
using Pacta.Export.Svg;
using Pacta.Storage;
using Pacta.Storage.Analytics;

namespace Pacta.Cli.Commands;

/// <summary>`pacta country ISO3`: a state's defense partners year by year, DCAD and news together, with shares, bloc
/// shares, concentration and the origin of each year's figures; optionally the partner chart as SVG.</summary>
public sealed class CountryCommand : Command
{
    public CountryCommand()
        : base("country", "A state's defense partners from 1980 (DCAD) to the latest news: partners and blocs with their shares, and per year the partners, the concentration (HHI, effective number of partners) and whether the figures come from the dataset, the news or both. Planned agreements are not counted.")
    {
        Arguments.Add(State);
        Options.Add(Database);
        Options.Add(From);
        Options.Add(To);
        Options.Add(Format);
        Options.Add(Svg);
        SetAction(parseResult => Run(
            parseResult.GetValue(State)!,
            parseResult.GetValue(Database),
            parseResult.GetValue(From),
            parseResult.GetValue(To),
            parseResult.GetValue(Format),
            parseResult.GetValue(Svg),
            Console.Out,
            Console.Error));
    }

    internal Argument<string> State { get; } = new("ISO3") { Description = "The state: an ISO 3166-1 alpha-3 code (KAZ), or an organisation code." };

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<int> From { get; } = new("--from")
    {
        Description = "First year.",
        DefaultValueFactory = _ => CountryHistoryBuilder.DefaultFirstYear,
    };

    internal Option<int?> To { get; } = new("--to")
    {
        Description = "Last year (default: the year of the state's latest agreement).",
    };

    internal Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "table (for people) or json.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    internal Option<string?> Svg { get; } = new("--svg")
    {
        Description = "Also write the partner timeline and the concentration chart of the period to this SVG file.",
    };

    internal static int Run(string state, string? database, int from, int? to, OutputFormat format, string? svg, TextWriter output, TextWriter errors)
    {
        var code = state.Trim().ToUpperInvariant();
        var problem = !PartyCode.IsValid(code) ? $"'{state}' is not an ISO 3166-1 alpha-3 code (e.g. KAZ) or an organisation code."
            : from is < 1 or > 9999 ? $"--from {from} is not a year."
            : to is { } last && (last < from || last > 9999) ? $"--to {to} is not a year on or after --from {from}."
            : format is not (OutputFormat.Table or OutputFormat.Json) ? $"--format {format.ToString().ToLowerInvariant()} is not offered here: use table or json."
            : null;
        if (problem is not null)
        {
            errors.WriteLine($"country: {problem}");
            return ExitCodes.UsageError;
        }

        var party = new PartyCode(code);
        return StoreAccess.Use(database, create: false, "country", errors, store =>
        {
            var agreements = store.ListAgreementsAsync(new AgreementQuery { Country = party }).GetAwaiter().GetResult();
            var history = new CountryHistoryBuilder().Build(party, agreements, from, to);
            if (format == OutputFormat.Json)
            {
                output.WriteLine(CountryJson.Of(history).ToJsonString(JsonShapes.Indented));
            }
            else
            {
                CountryTable.Write(history, output);
            }

            if (svg is not null)
            {
                try
                {
                    using var file = File.Create(svg);
                    new PartnerChartSvgWriter().WriteAsync(party, history.Facts, file).GetAwaiter().GetResult();
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    errors.WriteLine($"country: cannot write '{svg}': {e.Message}");
                    return ExitCodes.Failed;
                }
            }

            return ExitCodes.Success;
        });
    }
}
