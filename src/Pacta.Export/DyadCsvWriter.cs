using System.Globalization;
using CsvHelper;
using Pacta.Core.Analytics;

namespace Pacta.Export;

/// <summary>
/// CSV, one row per agreement-dyad (<see cref="DyadRow"/>): UTF-8 without a byte-order mark, RFC 4180 quoting, "\n"
/// line ends, a header in DCAD's camelCase (agreementId, party1, party2, partyCount, signYear…), missing values as
/// empty cells. The columns are the Parquet export's, in the same order (a test holds them together).
/// </summary>
public sealed class DyadCsvWriter : IExportWriter
{
    private static readonly (string Name, Func<DyadRow, string?> Value)[] Columns =
    [
        ("agreementId", r => r.AgreementId),
        ("party1", r => r.Party1),
        ("party2", r => r.Party2),
        ("partyCount", r => Number(r.PartyCount)),
        ("signYear", r => Number(r.SignYear)),
        ("signMonth", r => Number(r.SignMonth)),
        ("signDay", r => Number(r.SignDay)),
        ("status", r => r.Status),
        ("ratifiedDate", r => r.RatifiedDate),
        ("inForceDate", r => r.InForceDate),
        ("terminatedDate", r => r.TerminatedDate),
        ("kind", r => r.Kind),
        ("domain", r => r.Domain),
        ("sourceCount", r => Number(r.SourceCount)),
        ("origin", r => r.Origin),
    ];

    public ExportFormat Format => ExportFormat.Csv;

    public string FileExtension => ".csv";

    public async Task WriteAsync(IReadOnlyCollection<PartnershipFact> facts, Stream output, CancellationToken cancellationToken = default)
    {
        await using var csv = CsvWriter.Create(output, CsvWriterOptions.Default with { NewLine = "\n" }, leaveOpen: true);
        await csv.WriteRecordAsync(Columns.Select(c => c.Name).ToArray(), cancellationToken);
        foreach (var row in DyadRow.From(facts))
        {
            await csv.WriteRecordAsync(Columns.Select(c => c.Value(row)).ToArray()!, cancellationToken);
        }
    }

    private static string? Number(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
