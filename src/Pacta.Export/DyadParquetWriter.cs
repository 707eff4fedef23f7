using Parquet.Serialization;
using Pacta.Core.Analytics;

namespace Pacta.Export;

/// <summary>
/// Apache Parquet (Parquet.Net), one row per agreement-dyad with the columns of <see cref="DyadRow"/>: for pandas,
/// R's arrow, DuckDB and Spark, which read it with its types (years as int32, missing values as nulls).
/// </summary>
public sealed class DyadParquetWriter : IExportWriter
{
    public ExportFormat Format => ExportFormat.Parquet;

    public string FileExtension => ".parquet";

    public async Task WriteAsync(IReadOnlyCollection<PartnershipFact> facts, Stream output, CancellationToken cancellationToken = default)
    {
        // Parquet needs the row count per row group up front, so the rows are gathered first; exports are small.
        var rows = DyadRow.From(facts).ToList();
        await ParquetSerializer.SerializeAsync(rows, output, cancellationToken: cancellationToken);
    }
}
