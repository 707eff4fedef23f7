using Pacta.Storage.Reports;

namespace Pacta.Storage.Sqlite;

/// <summary>Near-duplicate documents (syndicated copies) grouped into reports.</summary>
public sealed partial class SqliteAgreementStore
{
    /// <summary>The stored signatures that share at least <see cref="MinHashSignature.MinSharedBands"/> bands with a new
    /// one, all bands in one statement (a statement per band cost more than the rest of a save). The bands are a table
    /// of values walked first (CROSS JOIN keeps that order), each looked up in the bands' primary key; written as
    /// <c>(band, key) IN (VALUES …)</c>, SQLite scans the whole bands table instead. Only the documents that pass are
    /// then read with their signatures.</summary>
    private static readonly string CandidatesSql = $"""
        SELECT s.document_id, s.signature
        FROM document_signatures s
        WHERE s.document_id IN (
            SELECT b.document_id
            FROM (VALUES {string.Join(", ", Enumerable.Range(0, MinHashSignature.Bands).Select(i => $"($band{i}, $key{i})"))}) AS v
            CROSS JOIN document_bands b ON b.band = v.column1 AND b.key = v.column2
            GROUP BY b.document_id
            HAVING count(*) >= {MinHashSignature.MinSharedBands})
        """;

    private static readonly string InsertBandsSql =
        $"INSERT OR IGNORE INTO document_bands (band, key, document_id) VALUES {string.Join(", ", Enumerable.Range(0, MinHashSignature.Bands).Select(i => $"($band{i}, $key{i}, $id)"))}";

    /// <summary>
    /// Stores the new document's signature and MinHash bands, finds the stored documents that share bands and are
    /// near-duplicates of it, and joins their reports and it into one. A report is named after its smallest document
    /// id, so the grouping (the connected groups of near-duplicates) does not depend on the order documents arrive in.
    /// </summary>
    private static void JoinReport(SqliteStatements sql, string documentId, MinHashSignature signature)
    {
        var bands = signature.BandKeys().SelectMany(b => new[] { ($"$band{b.Band}", (object?)b.Band), ($"$key{b.Band}", b.Key) }).ToArray();
        var duplicates = sql.Rows(CandidatesSql, r => (Id: r.GetString(0), Signature: r.GetFieldValue<byte[]>(1)), bands)
            .Where(c => signature.IsNearDuplicateOf(MinHashSignature.FromBytes(c.Signature)))
            .ToList();
        sql.Execute(InsertBandsSql, [.. bands, ("$id", documentId)]);
        sql.Execute("INSERT INTO document_signatures (document_id, signature) VALUES ($id, $signature)", ("$id", documentId), ("$signature", signature.ToBytes()));
        if (duplicates.Count == 0)
        {
            return;
        }

        var reports = new SortedSet<string>(StringComparer.Ordinal) { documentId };
        foreach (var duplicate in duplicates)
        {
            reports.Add(sql.Scalar<string>("SELECT report_id FROM documents WHERE id = $id", ("$id", duplicate.Id))!);
        }

        sql.Execute(
            "UPDATE documents SET report_id = $report WHERE report_id IN (SELECT value FROM json_each($reports))",
            ("$report", reports.Min),
            ("$reports", SqliteValues.Json(reports.ToList())));
    }
}
