using Npgsql;
using Pacta.Core.Model;

namespace Pacta.Storage.Postgres;

/// <summary>Reading agreements with their history, mentions, evidence and sources, in one statement per listing.</summary>
public sealed partial class PostgresAgreementStore
{
    private static readonly AgreementListingSql Listing = new(
        '@',
        since => since,
        NullsLastSyntax: true,
        NoLimit: "ALL",
        IdInList: "{0} = ANY({1})",
        IdListValue: ids => ids.ToArray(),
        SearchText: """
            concat_ws(E'\n', a.id, a.parties, a.place, array_to_string(a.signatories, E'\n'),
                (SELECT string_agg(d.title, E'\n') FROM documents d
                    WHERE d.id IN (SELECT document_id FROM mentions WHERE agreement_id = a.id)),
                (SELECT string_agg(e ->> 'Quote', E'\n')
                    FROM mentions m, jsonb_array_elements(m.payload::jsonb -> 'Evidence') e WHERE m.agreement_id = a.id))
            """);

    private const string AgreementColumns =
        "a.id, a.parties, a.date, a.status, a.kind, a.domain, a.place, a.signatories, a.confidence, a.review, a.edited";

    private static async Task<StoredAgreement?> FindAgreementAsync(PostgresSession session, string id, CancellationToken cancellationToken) =>
        (await QueryAgreementsAsync(session, new AgreementQuery { IncludeRejected = true }, id, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    private static async Task<int> CountAgreementsAsync(PostgresSession session, AgreementQuery query, int? atMost, CancellationToken cancellationToken)
    {
        var parameters = new List<(string Name, object? Value)>();
        var sql = Listing.Count(query, atMost, parameters);
        return (int)await session.ScalarAsync<long>(sql, cancellationToken, [.. parameters]).ConfigureAwait(false);
    }

    private static IAsyncEnumerable<(string Id, string Text)> SearchTexts(PostgresSession session, AgreementQuery query, CancellationToken cancellationToken)
    {
        var parameters = new List<(string Name, object? Value)>();
        var sql = Listing.SearchTexts(query, parameters);
        return session.StreamAsync(sql, r => (r.GetString(0), r.GetString(1)), cancellationToken, [.. parameters]);
    }

    private static async Task<IReadOnlyList<StoredAgreement>> QueryAgreementsAsync(PostgresSession session, AgreementQuery query, string? id, CancellationToken cancellationToken)
    {
        var parameters = new List<(string Name, object? Value)>();
        var page = Listing.PageIds(query, id, parameters);

        // One statement, so one round trip and one snapshot: the page, and for each of its agreements its steps (kept
        // on its row), mentions (only when asked for) and source documents (by the ids kept on its row) as parallel
        // arrays, never one query per agreement.
        var sql = $"""
            SELECT {AgreementColumns}, a.step_statuses, a.step_dates, m.keys, m.payloads, d.ids, d.sources, d.titles, d.published, d.reports, d.ingested
            FROM ({page}) page JOIN agreements a ON a.id = page.id
            LEFT JOIN LATERAL (
                SELECT array_agg(key ORDER BY key) AS keys, array_agg(payload ORDER BY key) AS payloads
                FROM mentions WHERE agreement_id = a.id AND {(query.IncludeMentions ? "true" : "false")}) m ON true
            LEFT JOIN LATERAL (
                SELECT array_agg(doc.id ORDER BY doc.id) AS ids, array_agg(doc.source ORDER BY doc.id) AS sources,
                       array_agg(doc.title ORDER BY doc.id) AS titles, array_agg(doc.published ORDER BY doc.id) AS published,
                       array_agg(doc.report_id ORDER BY doc.id) AS reports, array_agg(doc.ingested_at ORDER BY doc.id) AS ingested
                FROM documents doc WHERE doc.id = ANY(a.document_ids)) d ON true
            ORDER BY {Listing.OuterOrder(query, "page")}
            """;
        return await session.RowsAsync(sql, ReadStoredAgreement, cancellationToken, [.. parameters]).ConfigureAwait(false);
    }

    /// <summary>Reads one row of the listing statement: the agreement's columns, then the arrays of its steps,
    /// mentions and sources (null when it has none).</summary>
    private static StoredAgreement ReadStoredAgreement(NpgsqlDataReader r)
    {
        const int first = 11; // after the eleven AgreementColumns
        var statuses = Array<string>(r, first);
        var dates = Array<string?>(r, first + 1);
        var keys = Array<string>(r, first + 2);
        var payloads = Array<string>(r, first + 3);
        var ids = Array<string>(r, first + 4);
        var sources = Array<string>(r, first + 5);
        var titles = Array<string?>(r, first + 6);
        var published = Array<DateOnly?>(r, first + 7);
        var reports = Array<string>(r, first + 8);
        var ingested = Array<DateTimeOffset>(r, first + 9);
        return ReadAgreement(r).ToStored(
            statuses.Select((status, i) => (AgreementRow.ParseStatus(status), dates[i] is { } date ? PartialDate.Parse(date) : (PartialDate?)null)).ToList(),
            keys.Select((key, i) => (key, MentionPayload.Read(payloads[i]))).ToList(),
            ids.Select((id, i) => new SourceDocument(id, sources[i], titles[i], published[i], reports[i], ingested[i])).ToList());
    }

    private static T[] Array<T>(NpgsqlDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? [] : reader.GetFieldValue<T[]>(ordinal);

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
