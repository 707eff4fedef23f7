using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Commands;

public sealed class BenchCommandTests
{
    [Fact]
    public void Constructor_Always_DeclaresItsOptions()
    {
        var names = new BenchCommand().Options.Select(o => o.Name).ToHashSet();

        Assert.Superset(new HashSet<string> { "--docs", "--threads", "--format", "--seed", "--generate", "--out", "--corpus", "--rounds", "--profile" }, names);
    }

    [Fact]
    public void Run_Generate_WritesTheCorpusAndSaysSo()
    {
        using var folder = new TempDirectory("pacta-bench-cli");
        var output = new StringWriter();

        var code = BenchCommand.Run(Settings(generate: 12, outFolder: folder.Path), output, new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        Assert.Equal(12, Directory.EnumerateFiles(folder.Path, "*.txt", SearchOption.AllDirectories).Count());
        Assert.StartsWith("12 articles", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_GenerateWithoutOut_UsageError() =>
        Assert.Equal(ExitCodes.UsageError, BenchCommand.Run(Settings(generate: 5), new StringWriter(), new StringWriter()));

    [Fact]
    public void Run_CsvFormat_UsageError() =>
        Assert.Equal(ExitCodes.UsageError, BenchCommand.Run(Settings(format: OutputFormat.Csv), new StringWriter(), new StringWriter()));

    private static BenchSettings Settings(int? generate = null, string? outFolder = null, OutputFormat format = OutputFormat.Table) =>
        new(Docs: 20, Threads: 1, format, Seed: 42, Corpus: null, generate, outFolder, Rounds: 1, Profile: false);
}
