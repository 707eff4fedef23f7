using System.CommandLine;
using System.Text.Json.Nodes;
using System.Xml.Linq;
using CsvHelper;
using Pacta.Cli.Commands;
using Pacta.Export;
using Parquet;
using Xunit;

namespace Pacta.Cli.Tests.History;

/// <summary>`pacta export`: every format parses back, with the filters of `pacta agreements`.</summary>
public sealed class ExportCommandTests : IDisposable
{
    private readonly HistoryDatabase _db = new();

    public ExportCommandTests()
    {
        _db.ImportOfficialThenNews();
    }

    public void Dispose() => _db.Dispose();

    [Fact]
    public void Parse_AllOptions_BindsTheirValues()
    {
        var command = new ExportCommand();

        var result = new RootCommand { command }.Parse("export --format graphml --out n.graphml --db x.db --country KAZ --status signed --since 2000 --limit 3 --rejected");

        Assert.Empty(result.Errors);
        Assert.Equal(ExportFormat.GraphMl, result.GetValue(command.Format));
        Assert.Equal("n.graphml", result.GetValue(command.Out));
        Assert.Equal("KAZ", result.GetValue(command.Filters.CountryOption));
        Assert.Equal("signed", result.GetValue(command.Filters.StatusOption));
        Assert.Equal("2000", result.GetValue(command.Filters.SinceOption));
        Assert.Equal(3, result.GetValue(command.Filters.LimitOption));
        Assert.True(result.GetValue(command.Filters.RejectedOption));
        Assert.Contains(Program.BuildRoot().Subcommands, c => c is ExportCommand);
    }

    [Fact]
    public void Run_Csv_OneRowPerDyadWithOrigins()
    {
        using var csv = CsvReader.Create(new StringReader(Export(ExportFormat.Csv)));
        Assert.Contains("agreementId", csv.Headers.ToArray());
        var origins = new List<string>();
        while (csv.Read())
        {
            origins.Add(csv.GetString(csv.Headers.ToList().IndexOf("origin"))!);
        }

        Assert.Equal(5, origins.Count);
        Assert.Equal(4, origins.Count(o => o == "dataset"));
    }

    [Fact]
    public void Run_Json_ListsEveryAgreement()
    {
        var json = JsonNode.Parse(Export(ExportFormat.Json))!;

        Assert.Equal(5, json["agreements"]!.AsArray().Count);
    }

    [Theory]
    [InlineData(ExportFormat.GraphMl, "node")]
    [InlineData(ExportFormat.Gexf, "node")]
    public void Run_Network_IsXmlWithOneNodePerParty(ExportFormat format, string element)
    {
        var xml = XDocument.Parse(Export(format));

        Assert.Equal(4, xml.Descendants().Count(e => e.Name.LocalName == element));
    }

    [Fact]
    public async Task Run_Parquet_ReadsBackWithParquetNet()
    {
        var file = _db.Combine("out.parquet");
        Assert.Equal(ExitCodes.Success, ExportCommand.Run(ExportFormat.Parquet, file, _db.Path, new AgreementFilters(), () => Stream.Null, new StringWriter()));

        await using var stream = File.OpenRead(file);
        await using var reader = await ParquetReader.CreateAsync(stream);

        Assert.Equal(5, Enumerable.Range(0, reader.RowGroupCount).Sum(i => reader.OpenRowGroupReader(i).RowCount));
    }

    [Fact]
    public void Run_Filters_AreThoseOfAgreements()
    {
        var json = JsonNode.Parse(Export(ExportFormat.Json, new AgreementFilters(Country: "USA", Since: "2000")))!;

        Assert.Equal("2015-03-10", json["agreements"]!.AsArray().Single()!["date"]!.GetValue<string>());
    }

    [Fact]
    public void Run_BadFilter_IsAUsageError()
    {
        var errors = new StringWriter();

        var code = ExportCommand.Run(ExportFormat.Csv, null, _db.Path, new AgreementFilters(Status: "done"), () => Stream.Null, errors);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--status", errors.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Exports to standard output (captured) and returns the text.</summary>
    private string Export(ExportFormat format, AgreementFilters? filters = null)
    {
        using var output = new MemoryStream();
        var errors = new StringWriter();
        var code = ExportCommand.Run(format, null, _db.Path, filters ?? new AgreementFilters(), () => new NonClosingStream(output), errors);
        Assert.True(code == ExitCodes.Success, errors.ToString());
        return System.Text.Encoding.UTF8.GetString(output.ToArray());
    }

    /// <summary>Lets the command dispose "standard output" while the test still reads what was written.</summary>
    private sealed class NonClosingStream(Stream inner) : Stream
    {
        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => inner.Length;

        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }

        public override void Flush() => inner.Flush();

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => inner.Write(buffer, offset, count);
    }
}
