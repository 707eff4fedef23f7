using System.Text.Json;
using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests;

/// <summary>`pacta ingest` then `pacta agreements` on two small articles written for this test.</summary>
public sealed class IngestThenAgreementsTests : IDisposable
{
    private const string French = """
        L'Espagne et le Maroc renforcent leur coopération militaire
        Publié le 3 mars 2024

        L'Espagne et le Maroc ont signé mardi un accord de coopération en matière de défense à Rabat.
        Le texte prévoit des exercices conjoints et la formation d'officiers des deux armées.
        """;

    private const string English = """
        Spain and Morocco sign defence cooperation agreement
        Published 4 March 2024

        Spain and Morocco signed a defence cooperation agreement in Rabat on 27 February 2024.
        The agreement covers joint exercises and officer training.
        """;

    private static readonly DateTimeOffset FirstRun = new(2024, 3, 5, 9, 0, 0, TimeSpan.Zero);

    private readonly TempDirectory _folder = new();
    private readonly string _database;
    private readonly string _articles;

    public IngestThenAgreementsTests()
    {
        _folder.Write("articles/fr/espagne-maroc.txt", French);
        _folder.Write("articles/en/spain-morocco.txt", English);
        _articles = _folder.Combine("articles");
        _database = _folder.Combine("pacta.db");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_TwoArticles_StoresBothAndListsTheirAgreement()
    {
        var (code, output, errors) = Ingest(FirstRun);

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", errors);
        Assert.StartsWith("2 documents read, 2 stored, 0 duplicates, 0 skipped, 0 failed; ", output, StringComparison.Ordinal);
        var agreements = ListJson();
        var spainMorocco = Assert.Single(agreements, a => Parties(a) == "ESP-MAR");
        Assert.StartsWith("ESP-MAR-", spainMorocco.GetProperty("id").GetString(), StringComparison.Ordinal);
        Assert.Equal("signed", spainMorocco.GetProperty("status").GetString());
        Assert.True(spainMorocco.GetProperty("sources").GetInt32() >= 1);
        Assert.All(spainMorocco.GetProperty("evidence").EnumerateArray(), e => Assert.False(string.IsNullOrEmpty(e.GetProperty("quote").GetString())));
    }

    [Fact]
    public void Ingest_SameFolderTwice_StoresNothingNew()
    {
        Ingest(FirstRun);
        var before = Agreements(OutputFormat.Json);

        var (code, output, errors) = Ingest(FirstRun.AddDays(1));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal("", errors);
        Assert.Matches(@"^2 documents read, 0 stored, 2 duplicates, 0 skipped, 0 failed; \d+ agreements \(0 new\)", output);
        Assert.Equal(before, Agreements(OutputFormat.Json));
    }

    [Fact]
    public void Ingest_CopyOfAnArticleUnderAnotherName_IsADuplicate()
    {
        Ingest(FirstRun);
        _folder.Write("copy/same-text.txt", French);

        var summary = new StringWriter();

        var code = IngestCommand.Run([_folder.Combine("copy")], _database, 0, null, null, new FixedClock(FirstRun), summary, new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("1 documents read, 0 stored, 1 duplicates, 0 skipped, 0 failed", summary.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Ingest_SomeInputsMissing_StoresTheRestAndReturnsSomeInputsFailed()
    {
        var output = new StringWriter();
        var errors = new StringWriter();

        var code = IngestCommand.Run([_articles, _folder.Combine("absent.txt")], _database, 0, null, null, new FixedClock(FirstRun), output, errors);

        Assert.Equal(ExitCodes.SomeInputsFailed, code);
        Assert.Contains("absent.txt: no such file or folder", errors.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("3 documents read, 2 stored, 0 duplicates, 0 skipped, 1 failed", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Agreements_Csv_WritesHeaderAndOneRowPerAgreement()
    {
        Ingest(FirstRun);
        var count = ListJson().Count;

        var csv = Agreements(OutputFormat.Csv);

        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("id,parties,status,date,kind,domain,place,signatories,sources,confidence,first_seen,last_seen,reports,history,review", lines[0]);
        Assert.Equal(count + 1, lines.Length);
    }

    [Theory]
    [InlineData("MAR", null, null, "rabat", "-confidence", true)]
    [InlineData("mar", "agreement", "defense", "Strelsau", null, false)]
    [InlineData("FRA", null, null, null, null, false)]
    [InlineData(null, "treaty", null, null, "id", false)]
    public void Agreements_Refinements_NarrowTheListingInTheDatabase(string? partner, string? kind, string? domain, string? text, string? sort, bool found)
    {
        Ingest(FirstRun);
        var output = new StringWriter();

        var code = AgreementsCommand.Run(
            _database, "ESP", null, null, null, OutputFormat.Table, output, new StringWriter(),
            refinements: new AgreementRefinements(partner, kind, domain, Until: "2024-12", Text: text, Sort: sort));

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(found, output.ToString().Contains("ESP-MAR", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--partner", "Morocco")]
    [InlineData("--kind", "pact")]
    [InlineData("--domain", "economy")]
    [InlineData("--until", "last year")]
    [InlineData("--sort", "weight")]
    public void Agreements_BadRefinement_IsAUsageErrorNamingTheOption(string option, string value)
    {
        var refinements = option switch
        {
            "--partner" => new AgreementRefinements(Partner: value),
            "--kind" => new AgreementRefinements(Kind: value),
            "--domain" => new AgreementRefinements(Domain: value),
            "--until" => new AgreementRefinements(Until: value),
            _ => new AgreementRefinements(Sort: value),
        };
        var errors = new StringWriter();

        var code = AgreementsCommand.Run(_database, null, null, null, null, OutputFormat.Table, new StringWriter(), errors, refinements: refinements);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(option, errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Agreements_TableFilteredByCountry_ShowsOnlyThatCountry()
    {
        Ingest(FirstRun);
        var output = new StringWriter();

        var code = AgreementsCommand.Run(_database, "mar", "signed", "2024", null, OutputFormat.Table, output, new StringWriter());
        var none = new StringWriter();
        AgreementsCommand.Run(_database, "USA", null, null, null, OutputFormat.Table, none, new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("ESP-MAR", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("0 agreement(s).", none.ToString(), StringComparison.Ordinal);
    }

    private static string Parties(JsonElement agreement) =>
        string.Join('-', agreement.GetProperty("parties").EnumerateArray().Select(p => p.GetString()).Order(StringComparer.Ordinal));

    private (int Code, string Output, string Errors) Ingest(DateTimeOffset now)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = IngestCommand.Run([_articles], _database, 0, null, null, new FixedClock(now), output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    private string Agreements(OutputFormat format)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = AgreementsCommand.Run(_database, null, null, null, null, format, output, errors);
        Assert.True(code == ExitCodes.Success, errors.ToString());
        return output.ToString();
    }

    private List<JsonElement> ListJson()
    {
        using var json = JsonDocument.Parse(Agreements(OutputFormat.Json));
        return json.RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
    }
}
