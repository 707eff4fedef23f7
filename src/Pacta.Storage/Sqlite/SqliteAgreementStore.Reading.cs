using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Pacta.Storage.Review;

namespace Pacta.Storage.Sqlite;

/// <summary>Reading agreements with their history, mentions, evidence and sources.</summary>
public sealed partial class SqliteAgreementStore
{
    private static readonly AgreementListingSql Listing = new(
        '$',
        since => SqliteValues.Day(since),
        NullsLastSyntax: false,
        NoLimit: "-1",
        IdInList: "{0} IN (SELECT value FROM json_each({1}))",
        IdListValue: SqliteValues.Json,
        SinceIndexHint: "INDEXED BY ix_agreements_since",
        SearchText: """
            a.id || char(10) || a.parties || char(10) || coalesce(a.place, '')
            || char(10) || coalesce((SELECT group_concat(value, char(10)) FROM json_each(a.signatories)), '')
            || char(10) || coalesce((SELECT group_concat(d.title, char(10)) FROM documents d
                WHERE d.id IN (SELECT document_id FROM mentions WHERE agreement_id = a.id)), '')
            || char(10) || coalesce((SELECT group_concat(json_extract(e.value, '$.Quote'), char(10))
                FROM mentions m, json_each(m.payload, '$.Evidence') e WHERE m.agreement_id = a.id), '')
            """);

    private const string AgreementColumns =
        "a.id, a.parties, a.date, a.status, a.kind, a.domain, a.place, a.signatories, a.confidence, a.review, a.edited";

    private async Task<StoredAgreement?> FindAgreementAsync(SqliteTransaction? transaction, string id, CancellationToken cancellationToken) =>
        (await QueryAgreementsAsync(transaction, new AgreementQuery { IncludeRejected = true }, id, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    private async Task<int> CountAgreementsAsync(SqliteTransaction? transaction, AgreementQuery query, int? atMost, CancellationToken cancellationToken)
    {
        var parameters = new List<(string Name, object? Value)>();
        var sql = Listing.Count(query, atMost, parameters);
        return (int)await ScalarAsync<long>(transaction, sql, cancellationToken, [.. parameters]).ConfigureAwait(false);
    }

    /// <summary>Each candidate's searchable text as it is read, so a search that has its page stops reading.</summary>
    private async IAsyncEnumerable<(string Id, string Text)> SearchTexts(SqliteTransaction? transaction, AgreementQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var parameters = new List<(string Name, object? Value)>();
        using var lease = Command(transaction, Listing.SearchTexts(query, parameters), [.. parameters]);
        using var reader = await lease.Command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return (reader.GetString(0), reader.GetString(1));
        }
    }

    private async Task<IReadOnlyList<StoredAgreement>> QueryAgreementsAsync(SqliteTransaction? transaction, AgreementQuery query, string? id, CancellationToken cancellationToken)
    {
        // A since-page with fewer matches than it reaches reads them by the since index (the count reads that index).
        var reach = (query.Offset ?? 0) + (query.Limit ?? 0);
        var seekSince = id is null && AgreementListingSql.MaySeekSince(query)
            && await CountAgreementsAsync(transaction, query, reach, cancellationToken).ConfigureAwait(false) < reach;
        var parameters = new List<(string Name, object? Value)>();
        var sql = $"SELECT {AgreementColumns} FROM ({Listing.PageIds(query, id, parameters, seekSince)}) page JOIN agreements a ON a.id = page.id"
            + $" ORDER BY {Listing.OuterOrder(query, "page")}";
        var rows = await RowsAsync(transaction, sql, ReadAgreement, cancellationToken, [.. parameters]).ConfigureAwait(false);
        if (rows.Count == 0)
        {
            return [];
        }

        var ids = SqliteValues.Json(rows.Select(r => r.Agreement.Id).ToList());
        var steps = await GroupAsync(
            transaction,
            "SELECT agreement_id, status, date FROM agreement_steps WHERE agreement_id IN (SELECT value FROM json_each($ids)) ORDER BY agreement_id, ordinal",
            ids,
            r => (Status: AgreementRow.ParseStatus(r.GetString(1)), Date: r.IsDBNull(2) ? (PartialDate?)null : PartialDate.Parse(r.GetString(2))),
            cancellationToken).ConfigureAwait(false);
        var mentions = !query.IncludeMentions ? new Dictionary<string, List<(string Key, AgreementMention Mention)>>() : await GroupAsync(
            transaction,
            "SELECT agreement_id, key, payload FROM mentions WHERE agreement_id IN (SELECT value FROM json_each($ids)) ORDER BY agreement_id, key",
            ids,
            r => (Key: r.GetString(1), Mention: MentionPayload.Read(r.GetString(2))),
            cancellationToken).ConfigureAwait(false);
        var sources = await GroupAsync(
            transaction,
            """
            SELECT DISTINCT m.agreement_id, d.id, d.source, d.title, d.published, d.report_id, d.ingested_at
            FROM mentions m JOIN documents d ON d.id = m.document_id
            WHERE m.agreement_id IN (SELECT value FROM json_each($ids)) ORDER BY m.agreement_id, d.id
            """,
            ids,
            r => new SourceDocument(
                r.GetString(1),
                r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : SqliteValues.ParseDay(r.GetString(4)),
                r.GetString(5),
                SqliteValues.ParseTimestamp(r.GetString(6))),
            cancellationToken).ConfigureAwait(false);

        return rows.Select(row => row.ToStored(
            steps.GetValueOrDefault(row.Agreement.Id) ?? [],
            mentions.GetValueOrDefault(row.Agreement.Id) ?? [],
            sources.GetValueOrDefault(row.Agreement.Id) ?? [])).ToList();
    }

    private static AgreementRow ReadAgreement(SqliteDataReader reader) => AgreementRow.Parse(
        reader.GetString(0),
        reader.GetString(1),
        reader.IsDBNull(2) ? null : reader.GetString(2),
        reader.GetString(3),
        reader.GetString(4),
        reader.GetString(5),
        reader.IsDBNull(6) ? null : reader.GetString(6),
        SqliteValues.ParseJsonList(reader.GetString(7)),
        reader.GetDouble(8),
        reader.GetString(9),
        reader.GetInt64(10) != 0);
}
