using Microsoft.Data.Sqlite;
using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Pacta.Storage.Review;

namespace Pacta.Storage.Sqlite;

/// <summary>Reading agreements with their history, mentions, evidence and sources.</summary>
public sealed partial class SqliteAgreementStore
{
    private const string AgreementColumns =
        "a.id, a.parties, a.date, a.status, a.kind, a.domain, a.place, a.signatories, a.confidence, a.review, a.edited";

    private async Task<StoredAgreement?> FindAgreementAsync(SqliteTransaction? transaction, string id, CancellationToken cancellationToken) =>
        (await QueryAgreementsAsync(transaction, new AgreementQuery { IncludeRejected = true }, id, cancellationToken).ConfigureAwait(false)).SingleOrDefault();

    private async Task<IReadOnlyList<StoredAgreement>> QueryAgreementsAsync(SqliteTransaction? transaction, AgreementQuery query, string? id, CancellationToken cancellationToken)
    {
        var filters = new List<string>();
        var parameters = new List<(string, object?)>();
        if (id is not null)
        {
            filters.Add("a.id = $id");
            parameters.Add(("$id", id));
        }

        if (query.Country is { } country)
        {
            filters.Add("instr('-' || a.parties || '-', '-' || $country || '-') > 0");
            parameters.Add(("$country", country.Value));
        }

        if (query.Status is { } status)
        {
            filters.Add("a.status = $status");
            parameters.Add(("$status", status.ToGold()));
        }

        if (query.Since is { } since)
        {
            filters.Add("a.date_end >= $since");
            parameters.Add(("$since", SqliteValues.Day(since)));
        }

        if (query.ForReview)
        {
            filters.Add("a.review = 'unreviewed'");
        }
        else if (!query.IncludeRejected)
        {
            filters.Add("a.review <> 'rejected'");
        }

        var sql = $"SELECT {AgreementColumns} FROM agreements a"
            + (filters.Count > 0 ? " WHERE " + string.Join(" AND ", filters) : "")
            + (query.ForReview
                ? " ORDER BY a.confidence, a.id"
                : " ORDER BY a.date_start IS NULL, a.date_start DESC, a.date_end DESC, a.id");
        if (query.Limit is { } limit)
        {
            sql += " LIMIT $limit";
            parameters.Add(("$limit", limit));
        }

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
            r => (Status: Vocabulary.TryParseStatus(r.GetString(1), out var s) ? s : throw Corrupt("status", r.GetString(1)), Date: r.IsDBNull(2) ? (PartialDate?)null : PartialDate.Parse(r.GetString(2))),
            cancellationToken).ConfigureAwait(false);
        var mentions = await GroupAsync(
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

        return rows.Select(row => Hydrate(
            row,
            steps.GetValueOrDefault(row.Agreement.Id) ?? [],
            mentions.GetValueOrDefault(row.Agreement.Id) ?? [],
            sources.GetValueOrDefault(row.Agreement.Id) ?? [])).ToList();
    }

    private static StoredAgreement Hydrate(
        (Agreement Agreement, ReviewState Review, bool Edited) row,
        List<(AgreementStatus Status, PartialDate? Date)> steps,
        List<(string Key, AgreementMention Mention)> mentions,
        List<SourceDocument> sources)
    {
        var evidence = mentions.SelectMany(m => m.Mention.Evidence).Distinct()
            .OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        return new StoredAgreement(
            row.Agreement with { Evidence = evidence },
            sources.Select(s => s.Id).ToList(),
            sources.Count == 0 ? default : sources.Min(s => s.IngestedAt),
            sources.Count == 0 ? default : sources.Max(s => s.IngestedAt))
        {
            Reports = sources.Select(s => s.ReportId).Distinct(StringComparer.Ordinal).Count(),
            History = steps.Select(s => new StatusStep(s.Status, s.Date, mentions.Where(m => m.Mention.Status == s.Status).Select(m => m.Key).ToList())).ToList(),
            Mentions = mentions.Select(m => new StoredMention(m.Key, m.Mention.DocumentId, m.Mention.Status, m.Mention.Date, m.Mention.Confidence, m.Mention.Evidence)).ToList(),
            SourceDocuments = sources,
            Review = row.Review,
            Edited = row.Edited,
        };
    }

    private static (Agreement Agreement, ReviewState Review, bool Edited) ReadAgreement(SqliteDataReader reader)
    {
        var agreement = new Agreement(
            reader.GetString(0),
            reader.GetString(1).Split('-').Select(p => new PartyCode(p)).ToList(),
            reader.IsDBNull(2) ? null : PartialDate.Parse(reader.GetString(2)),
            Vocabulary.TryParseStatus(reader.GetString(3), out var status) ? status : throw Corrupt("status", reader.GetString(3)),
            Vocabulary.TryParseKind(reader.GetString(4), out var kind) ? kind : throw Corrupt("kind", reader.GetString(4)),
            Vocabulary.TryParseDomain(reader.GetString(5), out var domain) ? domain : throw Corrupt("domain", reader.GetString(5)),
            reader.IsDBNull(6) ? null : reader.GetString(6),
            SqliteValues.ParseJsonList(reader.GetString(7)),
            reader.GetDouble(8),
            []);
        return (agreement, Enum.Parse<ReviewState>(reader.GetString(9), ignoreCase: true), reader.GetInt64(10) != 0);
    }

    private static InvalidDataException Corrupt(string column, string value) => new($"Stored agreement has an unknown {column} '{value}'.");
}
