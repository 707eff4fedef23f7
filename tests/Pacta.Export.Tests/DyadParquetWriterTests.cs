using System.Text;
using Parquet;
using Parquet.Serialization;
using Xunit;

namespace Pacta.Export.Tests;

public sealed class DyadParquetWriterTests
{
    [Fact]
    public async Task WriteAsync_Facts_ReadsBackTheSameRows()
    {
        var bytes = await ExportFacts.WriteAsync(new DyadParquetWriter(), ExportFacts.All());

        var rows = (await ParquetSerializer.DeserializeAsync<DyadRow>(new MemoryStream(bytes))).Data;

        Assert.Equal(DyadRow.From(ExportFacts.All()), rows);
    }

    [Fact]
    public async Task WriteAsync_Columns_AreTheCsvColumnsInOrder()
    {
        var parquet = await ExportFacts.WriteAsync(new DyadParquetWriter(), ExportFacts.All());
        var csv = await ExportFacts.WriteAsync(new DyadCsvWriter(), ExportFacts.All());

        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(parquet));

        var csvHeader = Encoding.UTF8.GetString(csv).Split('\n')[0].Split(',');
        Assert.Equal(csvHeader, reader.Schema.DataFields.Select(f => f.Name));
        Assert.Equal(10, reader.Metadata!.NumRows);
    }

    [Fact]
    public async Task WriteAsync_MissingDateParts_AreNulls()
    {
        var bytes = await ExportFacts.WriteAsync(new DyadParquetWriter(), [TestKit.SampleFacts.Fact("undated", null, "KAZ", "TUR")]);

        var row = Assert.Single((await ParquetSerializer.DeserializeAsync<DyadRow>(new MemoryStream(bytes))).Data);

        Assert.Equal((null, null, null, null), (row.SignYear, row.SignMonth, row.SignDay, row.RatifiedDate));
    }
}
