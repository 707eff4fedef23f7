using System.Text.Json.Nodes;
using Pacta.Cli.Commands;
using Pacta.Cli.Commands.Import;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.History;

/// <summary>A temporary database driven through the commands: DCAD imports, news ingests, listings, `show`,
/// `country` and `export`, each asserting its exit code and printing stderr when it fails.</summary>
internal sealed class HistoryDatabase : IDisposable
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2025, 3, 1, 9, 0, 0, TimeSpan.Zero));

    private readonly TempDirectory _folder = new();

    public HistoryDatabase()
    {
        Path = _folder.Combine("pacta.db");
    }

    public string Path { get; }

    public string Write(string relativePath, string content) => _folder.Write(relativePath, content);

    public string Combine(string relativePath) => _folder.Combine(relativePath);

    /// <summary>Imports a DCAD file; returns the summary line and stderr.</summary>
    public (int Code, string Output, string Errors) Import(string file)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = DcadImportCommand.Run(file, Path, Clock, output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    /// <summary>The official-layout test file, then the 1994 news report (joins it) and the 2015 one (stays apart).</summary>
    public void ImportOfficialThenNews()
    {
        Import(Write("dcad.csv", HistoryFiles.Official));
        Ingest(Write("news/1994.txt", HistoryFiles.SameInstrument1994), Write("news/2015.txt", HistoryFiles.Later2015));
    }

    public void Ingest(params string[] files)
    {
        var errors = new StringWriter();
        var code = IngestCommand.Run(files, Path, 0, null, null, Clock, new StringWriter(), errors);
        Assert.True(code == ExitCodes.Success, errors.ToString());
    }

    public List<JsonNode> Agreements(string? country = null)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = AgreementsCommand.Run(Path, country, null, null, null, OutputFormat.Json, output, errors);
        Assert.True(code == ExitCodes.Success, errors.ToString());
        return JsonNode.Parse(output.ToString())!.AsArray().Select(a => a!).ToList();
    }

    public JsonNode Show(string id)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        Assert.True(ShowCommand.Run(id, Path, OutputFormat.Json, output, errors) == ExitCodes.Success, errors.ToString());
        return JsonNode.Parse(output.ToString())!;
    }

    public JsonNode Country(string state, string? svg = null)
    {
        var (output, errors) = (new StringWriter(), new StringWriter());
        var code = CountryCommand.Run(state, Path, 1980, null, OutputFormat.Json, svg, output, errors);
        Assert.True(code == ExitCodes.Success, errors.ToString());
        return JsonNode.Parse(output.ToString())!;
    }

    public void Dispose() => _folder.Dispose();
}
