using Microsoft.Data.Sqlite;
using Pacta.Storage.Reports;

namespace Pacta.Storage.Sqlite;

/// <summary>Near-duplicate documents (syndicated copies) grouped into reports.</summary>
public sealed partial class SqliteAgreementStore
{
    /// <summary>
    /// Indexes the new document's MinHash bands, finds the stored documents that share a band and are near-duplicates
    /// of it, and joins their reports and it into one. A report is named after its smallest document id, so the
    /// grouping (the connected groups of near-duplicates) does not depend on the order documents arrive in.
    /// </summary>
    private async Task JoinReportAsync(SqliteTransaction transaction, string documentId, MinHashSignature signature, CancellationToken cancellationToken)
    {
        var reports = new SortedSet<string>(StringComparer.Ordinal) { documentId };
        var checkedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (band, key) in signature.BandKeys())
        {
            var candidates = await RowsAsync(
                transaction,
                """
                SELECT d.id, d.signature, d.report_id FROM document_bands b JOIN documents d ON d.id = b.document_id
                WHERE b.band = $band AND b.key = $key AND d.signature IS NOT NULL
                """,
                r => (Id: r.GetString(0), Signature: r.GetString(1), Report: r.GetString(2)),
                cancellationToken,
                ("$band", band),
                ("$key", key)).ConfigureAwait(false);
            foreach (var candidate in candidates.Where(c => checkedIds.Add(c.Id)))
            {
                if (signature.IsNearDuplicateOf(MinHashSignature.Parse(candidate.Signature)))
                {
                    reports.Add(candidate.Report);
                }
            }

            await ExecuteAsync(
                transaction,
                "INSERT OR IGNORE INTO document_bands (band, key, document_id) VALUES ($band, $key, $id)",
                cancellationToken,
                ("$band", band),
                ("$key", key),
                ("$id", documentId)).ConfigureAwait(false);
        }

        if (reports.Count > 1)
        {
            await ExecuteAsync(
                transaction,
                "UPDATE documents SET report_id = $report WHERE report_id IN (SELECT value FROM json_each($reports))",
                cancellationToken,
                ("$report", reports.Min),
                ("$reports", SqliteValues.Json(reports.ToList()))).ConfigureAwait(false);
        }
    }
}
