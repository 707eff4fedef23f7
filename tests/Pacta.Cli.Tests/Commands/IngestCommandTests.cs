using System.CommandLine;
using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Commands;

public sealed class IngestCommandTests
{
    [Fact]
    public void Constructor_Always_DeclaresPathsAndOptions()
    {
        var command = new IngestCommand();

        var names = command.Options.Select(o => o.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "--db", "--min-confidence", "--language", "--data-dir" }, names);
        Assert.Equal(ArgumentArity.OneOrMore, Assert.Single(command.Arguments).Arity);
    }

    [Fact]
    public void Parse_PathsAndOptions_BindsTheirValues()
    {
        var command = new IngestCommand();

        var result = new RootCommand { command }.Parse("ingest a.txt folder --db x.db --min-confidence 0.5 --language fr --data-dir lex");

        Assert.Empty(result.Errors);
        Assert.Equal(["a.txt", "folder"], result.GetValue(command.Paths)!);
        Assert.Equal("x.db", result.GetValue(command.Database));
        Assert.Equal(0.5, result.GetValue(command.MinConfidence));
        Assert.Equal("fr", result.GetValue(command.Language));
        Assert.Equal("lex", result.GetValue(command.DataDir));
    }

    [Fact]
    public void Parse_NoPath_IsAnError()
    {
        var result = new RootCommand { new IngestCommand() }.Parse("ingest --db x.db");

        Assert.NotEmpty(result.Errors);
    }

    [Fact]
    public void BuildRoot_Always_RegistersIngestCommand()
    {
        Assert.Contains(Program.BuildRoot().Subcommands, c => c is IngestCommand);
    }

    [Fact]
    public void Parse_Workers_BindsItsValueAndDefaultsToOne()
    {
        var command = new IngestCommand();
        var root = new RootCommand { command };

        Assert.Equal(4, root.Parse("ingest a.txt --workers 4").GetValue(command.Workers));
        Assert.Equal(1, root.Parse("ingest a.txt").GetValue(command.Workers));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void Run_WorkersBelowOne_ReturnsUsageError(int workers)
    {
        using var folder = new TempDirectory();
        var errors = new StringWriter();

        var code = IngestCommand.Run([folder.Path], folder.Combine("x.db"), 0, null, null, TimeProvider.System, new StringWriter(), errors, workers: workers);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--workers", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_SqliteWithFourWorkers_StoresWhatOneWorkerStores()
    {
        using var folder = new TempDirectory();
        var one = new StringWriter();
        var four = new StringWriter();
        Assert.Equal(ExitCodes.Success, IngestCommand.Run([RepoPaths.Samples], folder.Combine("one.db"), 0, null, null, TimeProvider.System, one, new StringWriter()));
        Assert.Equal(ExitCodes.Success, IngestCommand.Run([RepoPaths.Samples], folder.Combine("four.db"), 0, null, null, TimeProvider.System, four, new StringWriter(), workers: 4));

        Assert.Equal(one.ToString(), four.ToString());
    }

    [Fact]
    public void Run_ConfidenceOutOfRange_ReturnsUsageError()
    {
        using var folder = new TempDirectory();
        var errors = new StringWriter();

        var code = IngestCommand.Run([folder.Path], folder.Combine("x.db"), 1.5, null, null, TimeProvider.System, new StringWriter(), errors);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--min-confidence", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_DatabaseInMissingFolder_ReturnsFailed()
    {
        using var folder = new TempDirectory();
        var errors = new StringWriter();

        var code = IngestCommand.Run([folder.Path], folder.Combine("no/such/folder/x.db"), 0, null, null, TimeProvider.System, new StringWriter(), errors);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("cannot open database", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_OnlyUnreadableInputs_ReportsEachAndReturnsFailed()
    {
        using var folder = new TempDirectory();
        folder.Write("empty.txt", "");
        var (output, errors) = (new StringWriter(), new StringWriter());

        var code = IngestCommand.Run([folder.Combine("empty.txt"), folder.Combine("absent.txt")], folder.Combine("x.db"), 0, null, null, TimeProvider.System, output, errors);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("skipped " + folder.Combine("empty.txt") + ": empty file", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("absent.txt: no such file or folder", errors.ToString(), StringComparison.Ordinal);
        Assert.StartsWith("2 documents read, 0 stored, 0 duplicates, 1 skipped, 1 failed; 0 agreements (0 new)", output.ToString(), StringComparison.Ordinal);
    }
}
