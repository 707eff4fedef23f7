using System.CommandLine;
using System.Xml.Linq;
using Pacta.Cli.Commands;
using Xunit;

namespace Pacta.Cli.Tests.History;

/// <summary>`pacta country`: a state's partners and concentration by year, DCAD and news joined, with the origin of
/// each year's figures.</summary>
public sealed class CountryCommandTests : IDisposable
{
    private readonly HistoryDatabase _db = new();

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Parse_AllOptions_BindsTheirValues()
    {
        var command = new CountryCommand();

        var result = new RootCommand { command }.Parse("country KAZ --db x.db --from 1990 --to 2020 --format json --svg k.svg");

        Assert.Empty(result.Errors);
        Assert.Equal("KAZ", result.GetValue(command.State));
        Assert.Equal(1990, result.GetValue(command.From));
        Assert.Equal(2020, result.GetValue(command.To));
        Assert.Equal(OutputFormat.Json, result.GetValue(command.Format));
        Assert.Equal("k.svg", result.GetValue(command.Svg));
        Assert.Contains(Program.BuildRoot().Subcommands, c => c is CountryCommand);
    }

    [Fact]
    public void Run_JoinedHistory_ShowsDatasetNewsAndJoinedYearsWithTheirOrigins()
    {
        _db.ImportOfficialThenNews();

        var kazakhstan = _db.Country("KAZ");

        var years = kazakhstan["years"]!.AsArray().ToDictionary(y => y!["year"]!.GetValue<int>(), y => y!);
        Assert.Equal([1994, 1998, 2009, 2015], years.Keys.Order());
        Assert.Equal("both", years[1994]["source"]!.GetValue<string>());
        Assert.Equal("dataset", years[1998]["source"]!.GetValue<string>());
        Assert.Equal("news", years[2015]["source"]!.GetValue<string>());

        // Two agreements with France in 2009: one partner, HHI 1.
        Assert.Equal(2, years[2009]["agreements"]!.GetValue<int>());
        Assert.Equal(1.0, years[2009]["hhi"]!.GetValue<double>());
        Assert.Equal(1980, kazakhstan["from"]!.GetValue<int>());
        Assert.Equal(2015, kazakhstan["to"]!.GetValue<int>());
        Assert.Equal(5, kazakhstan["agreements"]!.GetValue<int>());
        Assert.Equal("FRA", kazakhstan["partners"]![0]!["partner"]!.GetValue<string>());
        Assert.Equal(0.4, kazakhstan["partners"]![0]!["share"]!.GetValue<double>());
        Assert.Equal(1.0, kazakhstan["blocs"]!.AsArray().Sum(b => b!["share"]!.GetValue<double>()), 3);
    }

    [Fact]
    public void Run_PlannedAgreement_IsNotCounted()
    {
        _db.Ingest(_db.Write("news/plan.txt", """
            Kazakhstan and Qatar to sign defense agreement
            By Anna Reed, published 3 April 2024

            Kazakhstan and Qatar will sign an agreement on military cooperation next month.
            """));

        var kazakhstan = _db.Country("KAZ");

        Assert.Equal(0, kazakhstan["agreements"]!.GetValue<int>());
        Assert.Empty(kazakhstan["years"]!.AsArray());
    }

    [Fact]
    public void Run_Svg_WritesAValidSvgDocument()
    {
        _db.ImportOfficialThenNews();
        var svg = _db.Combine("kaz.svg");

        _db.Country("KAZ", svg);

        var root = XDocument.Load(svg).Root!;
        Assert.Equal("svg", root.Name.LocalName);
        Assert.Contains("KAZ", root.Value, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("KAZAKHSTAN", 1980, null, OutputFormat.Json)]
    [InlineData("KAZ", 2000, 1990, OutputFormat.Json)]
    [InlineData("KAZ", 1980, null, OutputFormat.Csv)]
    public void Run_BadArguments_IsAUsageError(string state, int from, int? to, OutputFormat format)
    {
        var errors = new StringWriter();

        var code = CountryCommand.Run(state, _db.Path, from, to, format, null, new StringWriter(), errors);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.StartsWith("country: ", errors.ToString(), StringComparison.Ordinal);
    }
}
