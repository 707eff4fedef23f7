using Pacta.Storage.Reports;

namespace Pacta.Storage.Postgres;

/// <summary>Near-duplicate documents (syndicated copies) grouped into reports. Callers hold the advisory locks of
/// the document's bands, so two near-duplicates saved at once by two processes still find each other.</summary>
public sealed partial class PostgresAgreementStore
{
    /// <summary>Finds the stored documents that share MinHash bands with the new one (at least
    /// <see cref="MinHashSignature.MinSharedBands"/>) and are near-duplicates of it,
    /// joins their reports and it into one (named after the smallest document id, so independent of arrival order),
    /// and indexes the new document's bands.</summary>
    private static async Task JoinReportAsync(PostgresSession session, string documentId, MinHashSignature signature, CancellationToken cancellationToken)
    {
        var bands = signature.BandKeys();
        var bandNumbers = bands.Select(b => b.Band).ToArray();
        var bandKeys = bands.Select(b => b.Key).ToArray();
        var candidates = await session.RowsAsync(
            $"""
            SELECT d.id, d.signature, d.report_id
            FROM documents d
            WHERE d.signature IS NOT NULL AND d.id IN (
                SELECT b.document_id
                FROM unnest(@bands, @keys) AS u(band, key)
                JOIN document_bands b ON b.band = u.band AND b.key = u.key
                GROUP BY b.document_id
                HAVING count(*) >= {MinHashSignature.MinSharedBands})
            """,
            r => (Id: r.GetString(0), Signature: r.GetString(1), Report: r.GetString(2)),
            cancellationToken,
            ("bands", bandNumbers),
            ("keys", bandKeys)).ConfigureAwait(false);
        var reports = new SortedSet<string>(StringComparer.Ordinal) { documentId };
        foreach (var candidate in candidates.Where(c => signature.IsNearDuplicateOf(MinHashSignature.Parse(c.Signature))))
        {
            reports.Add(candidate.Report);
        }

        await session.ExecuteAsync(
            "INSERT INTO document_bands (band, key, document_id) SELECT u.band, u.key, @id FROM unnest(@bands, @keys) AS u(band, key) ON CONFLICT DO NOTHING",
            cancellationToken,
            ("id", documentId),
            ("bands", bandNumbers),
            ("keys", bandKeys)).ConfigureAwait(false);
        if (reports.Count > 1)
        {
            await session.ExecuteAsync(
                "UPDATE documents SET report_id = @report WHERE report_id = ANY(@reports)",
                cancellationToken,
                ("report", reports.Min!),
                ("reports", reports.ToArray())).ConfigureAwait(false);
        }
    }
}
