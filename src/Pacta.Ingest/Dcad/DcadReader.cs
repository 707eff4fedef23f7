using System.Globalization;
using CsvHelper;

namespace Pacta.Ingest.Dcad;

/// <summary>
/// Streams the agreements of a DCAD file, official or derived (<see cref="DcadLayout"/>, told from the header), one
/// result per data row in file order. A row that cannot be read, or names a state no party code stands for, gives a
/// one-line reason and the rest of the file is read; nothing is dropped silently.
/// </summary>
public sealed class DcadReader
{
    private readonly CowStateMap _states;

    public DcadReader()
        : this(CowStateMap.Default)
    {
    }

    public DcadReader(CowStateMap states) => _states = states;

    /// <summary>The layout a header row names, or null when it is neither (column names compare case-insensitively).</summary>
    public static DcadLayout? DetectLayout(IEnumerable<string> header)
    {
        var names = header.Select(Key).ToHashSet(StringComparer.Ordinal);
        return DcadOfficialRowParser.RequiredColumns.All(names.Contains) ? DcadLayout.Official
            : DcadDyadRowParser.RequiredColumns.All(names.Contains) ? DcadLayout.DerivedDyads
            : null;
    }

    /// <summary>
    /// Reads <paramref name="text"/> row by row. A header of neither layout gives a single result for row 0 with the
    /// reason. The reader is not disposed.
    /// </summary>
    public IEnumerable<DcadRowResult> Read(TextReader text)
    {
        // Quoting problems are reported by record number (the header is record 1), possibly before the record is
        // reached, so they wait here until their row comes.
        var malformed = new Dictionary<long, string>();
        var options = new CsvReaderOptions
        {
            Separator = ',',
            HasHeader = true,
            TrimWhitespace = true,

            // Every line break ends a record, so one unbalanced quote spoils its own row and not the rest of the file.
            AllowLineBreaksInQuotes = false,
            OnMalformedRecord = record => malformed.TryAdd(record.RecordNumber - 1, Describe(record.Reason)),
        };
        using var csv = CsvReader.Create(text, options, leaveOpen: true);
        var header = csv.Headers.ToArray();
        var layout = DetectLayout(header);
        if (layout is null)
        {
            yield return DcadRowResult.Failed(
                0,
                header.Length == 0
                    ? "the file is empty"
                    : $"the header is neither the official DCAD layout ({string.Join(",", DcadOfficialRowParser.RequiredColumns)}…) " +
                      $"nor the derived dyad layout ({string.Join(",", DcadDyadRowParser.RequiredColumns)}…)");
            yield break;
        }

        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Length; i++)
        {
            columns.TryAdd(Key(header[i]), i);
        }

        while (csv.Read())
        {
            var row = checked((int)csv.RowNumber);
            if (malformed.Remove(row, out var problem))
            {
                yield return DcadRowResult.Failed(row, problem);
                continue;
            }

            if (csv.FieldCount != header.Length)
            {
                yield return DcadRowResult.Failed(
                    row, string.Create(CultureInfo.InvariantCulture, $"expected {header.Length} fields, found {csv.FieldCount}"));
                continue;
            }

            var record = new string[csv.FieldCount];
            for (var i = 0; i < record.Length; i++)
            {
                record[i] = csv.GetString(i) ?? "";
            }

            var fields = new DcadRowFields(columns, header, record);
            yield return layout == DcadLayout.Official
                ? DcadOfficialRowParser.Parse(fields, row, _states)
                : DcadDyadRowParser.Parse(fields, row, _states);
        }
    }

    private static string Describe(CsvMalformedReason reason) => reason switch
    {
        CsvMalformedReason.StrayQuote => "malformed quoting: a quote inside an unquoted field",
        CsvMalformedReason.TextAfterClosingQuote => "malformed quoting: text after a closing quote",
        CsvMalformedReason.UnterminatedQuote or CsvMalformedReason.LineBreakInQuotes => "malformed quoting: a quote that is never closed on its line",
        _ => $"malformed row ({reason})",
    };

    private static string Key(string column) => column.Trim().TrimStart('\uFEFF').ToLowerInvariant();
}
