using System.CommandLine;
using Pacta.Cli.Commands;
using Pacta.Core.Model;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Commands;

public sealed class AgreementsCommandTests
{
    [Fact]
    public void Constructor_Always_DeclaresTheDocumentedOptions()
    {
        var command = new AgreementsCommand();

        var names = command.Options.Select(o => o.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "--db", "--country", "--status", "--since", "--format", "--limit" }, names);
        Assert.Empty(command.Arguments);
    }

    [Fact]
    public void Parse_AllOptions_BindsTheirValues()
    {
        var command = new AgreementsCommand();
        var root = new RootCommand { command };

        var result = root.Parse("agreements --db x.db --country MAR --status in_force --since 2023-12 --limit 5 --format csv");

        Assert.Empty(result.Errors);
        Assert.Equal("x.db", result.GetValue(command.Database));
        Assert.Equal("MAR", result.GetValue(command.Country));
        Assert.Equal("in_force", result.GetValue(command.Status));
        Assert.Equal("2023-12", result.GetValue(command.Since));
        Assert.Equal(5, result.GetValue(command.Limit));
        Assert.Equal(OutputFormat.Csv, result.GetValue(command.Format));
    }

    [Fact]
    public void Parse_NoFormat_DefaultsToTable()
    {
        var command = new AgreementsCommand();

        var result = new RootCommand { command }.Parse("agreements");

        Assert.Equal(OutputFormat.Table, result.GetValue(command.Format));
    }

    [Fact]
    public void BuildRoot_Always_RegistersAgreementsCommand()
    {
        Assert.Contains(Program.BuildRoot().Subcommands, c => c is AgreementsCommand);
    }

    [Theory]
    [InlineData("xx", null, null, null, "--country")]
    [InlineData("FRANCE", null, null, null, "--country")]
    [InlineData(null, "done", null, null, "--status")]
    [InlineData(null, null, "2024-13", null, "--since")]
    [InlineData(null, null, "yesterday", null, "--since")]
    [InlineData(null, null, null, 0, "--limit")]
    public void Run_InvalidOption_ReturnsUsageErrorNamingIt(string? country, string? status, string? since, int? limit, string option)
    {
        using var folder = new TempDirectory();
        var (output, errors) = (new StringWriter(), new StringWriter());

        var code = AgreementsCommand.Run(folder.Combine("any.db"), country, status, since, limit, OutputFormat.Table, output, errors);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains(option, errors.ToString(), StringComparison.Ordinal);
        Assert.Equal("", output.ToString());
    }

    [Theory]
    [InlineData("fra", "in-force", "2024", "FRA", AgreementStatus.InForce, 2024, 1, 1)]
    [InlineData("NATO", "signed", "2023-12-12", "NATO", AgreementStatus.Signed, 2023, 12, 12)]
    [InlineData(null, null, "2023-02", null, null, 2023, 2, 1)]
    public void TryBuildQuery_ValidOptions_NormalizesThem(string? country, string? status, string since, string? party, AgreementStatus? expectedStatus, int year, int month, int day)
    {
        Assert.True(AgreementsCommand.TryBuildQuery(country, status, since, null, out var query, out var problem));

        Assert.Null(problem);
        Assert.Equal(party, query.Country?.Value);
        Assert.Equal(expectedStatus, query.Status);
        Assert.Equal(new DateOnly(year, month, day), query.Since);
    }

    [Fact]
    public void Run_MissingDatabase_FailsWithoutCreatingIt()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("missing.db");
        var errors = new StringWriter();

        var code = AgreementsCommand.Run(path, null, null, null, null, OutputFormat.Table, new StringWriter(), errors);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("does not exist", errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }
}
