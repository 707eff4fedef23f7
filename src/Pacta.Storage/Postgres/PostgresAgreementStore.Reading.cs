using Npgsql;
using Pacta.Core.Model;

namespace Pacta.Storage.Postgres;

/// <summary>Reading agreements with their history, mentions, evidence and sources: one query for the page of
/// agreements, then one each for their steps, mentions and sources (never one per agreement).</summary>
public sealed partial class PostgresAgreementStore
{
    /// <summary>Containment, so the GIN index on party_codes answers a country filter.</summary>
    private static readonly AgreementFilterSql Filter = new('@', "a.party_codes @> {0}", country => new[] { country.Value }, since => since);

    private const string AgreementColumns =
        "a.id, a.parties, a.date, a.status, a.kind, a.domain, a.place, a.signatories, a.confidence, a.review, a.edited";

    private static async Task<StoredAgreement?> FindAgreementAsync(PostgresSession session, string id, CancellationToken cancellationToken) =>
        (await QueryAgreementsAsync(session, new AgreementQuery { IncludeRejected = true }, id, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    private static async Task<IReadOnlyList<StoredAgreement>> QueryAgreementsAsync(PostgresSession session, AgreementQuery query, string? id, CancellationToken cancellationToken)
    {
        var parameters = new List<(string Name, object? Value)>();
        var sql = $"SELECT {AgreementColumns} FROM agreements a"
            + Filter.Where(query, id, parameters)
            + (query.ForReview
                ? " ORDER BY a.confidence, a.id"
                : " ORDER BY a.date_start DESC NULLS LAST, a.date_end DESC, a.id");
        if (query.Limit is { } limit)
        {
            sql += " LIMIT @limit";
            parameters.Add(("@limit", limit));
        }

        if (query.Offset is { } offset)
        {
            sql += " OFFSET @offset";
            parameters.Add(("@offset", offset));
        }

        var rows = await session.RowsAsync(sql, ReadAgreement, cancellationToken, [.. parameters]).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = rows.Select(r => r.Agreement.Id).ToArray();
        var steps = await session.GroupAsync(
            "SELECT agreement_id, status, date FROM agreement_steps WHERE agreement_id = ANY(@ids) ORDER BY agreement_id, ordinal",
            r => (Status: AgreementRow.ParseStatus(r.GetString(1)), Date: r.IsDBNull(2) ? (PartialDate?)null : PartialDate.Parse(r.GetString(2))),
            cancellationToken,
            ("ids", ids)).ConfigureAwait(false);
        var mentions = await session.GroupAsync(
            "SELECT agreement_id, key, payload FROM mentions WHERE agreement_id = ANY(@ids) ORDER BY agreement_id, key",
            r => (Key: r.GetString(1), Mention: MentionPayload.Read(r.GetString(2))),
            cancellationToken,
            ("ids", ids)).ConfigureAwait(false);
        var sources = await session.GroupAsync(
            """
            SELECT DISTINCT m.agreement_id, d.id, d.source, d.title, d.published, d.report_id, d.ingested_at
            FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.agreement_id = ANY(@ids) ORDER BY m.agreement_id, d.id
            """,
            r => new SourceDocument(
                r.GetString(1),
                r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetFieldValue<DateOnly>(4),
                r.GetString(5),
                r.GetFieldValue<DateTimeOffset>(6)),
            cancellationToken,
            ("ids", ids)).ConfigureAwait(false);

        return rows.Select(row => row.ToStored(
            steps.GetValueOrDefault(row.Agreement.Id) ?? [],
            mentions.GetValueOrDefault(row.Agreement.Id) ?? [],
            sources.GetValueOrDefault(row.Agreement.Id) ?? [])).ToList();
    }

    private static AgreementRow ReadAgreement(NpgsqlDataReader reader) => AgreementRow.Parse(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        reader.GetFieldValue<string[]>(7),
        reader.GetDouble(8),
        reader.GetString(9),
        reader.GetBoolean(10));
}
