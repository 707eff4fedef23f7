using Npgsql;
using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Pacta.Storage.Review;

namespace Pacta.Storage.Postgres;

/// <summary>Keeping mentions and rebuilding the agreements of a party set from them (rules in
/// <see cref="AgreementMerger"/>). Callers hold the party set's advisory lock.</summary>
public sealed partial class PostgresAgreementStore
{
    /// <summary>Inserts the mentions of one document under their stable keys, in one statement; a mention that was
    /// there before under the same key and parties keeps its cluster id, so its agreement keeps its id.</summary>
    private static async Task InsertMentionsAsync(
        PostgresSession session,
        IReadOnlyList<AgreementMention> mentions,
        IReadOnlyDictionary<string, (string Parties, string? BaseId)> previous,
        CancellationToken cancellationToken)
    {
        if (mentions.Count == 0)
        {
            return;
        }

        var keys = MentionKeys.For(mentions);
        await session.ExecuteAsync(
            """
            INSERT INTO mentions (key, document_id, parties, status, payload, base_id)
            SELECT * FROM unnest(@keys, @documents, @parties, @statuses, @payloads, @bases)
            """,
            cancellationToken,
            ("keys", keys.ToArray()),
            ("documents", mentions.Select(m => m.DocumentId).ToArray()),
            ("parties", mentions.Select(m => m.PartyKey).ToArray()),
            ("statuses", mentions.Select(m => m.Status.ToGold()).ToArray()),
            ("payloads", mentions.Select(MentionPayload.Write).ToArray()),
            ("bases", mentions.Select((m, i) => previous.TryGetValue(keys[i], out var before) && before.Parties == m.PartyKey ? before.BaseId : null).ToArray())).ConfigureAwait(false);
    }

    private static async Task<HashSet<string>> AgreementIdsAsync(PostgresSession session, IReadOnlyList<string> partySets, CancellationToken cancellationToken) =>
        (await session.RowsAsync(
            "SELECT id FROM agreements WHERE parties = ANY(@parties)",
            r => r.GetString(0),
            cancellationToken,
            ("parties", partySets.ToArray())).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Rebuilds every agreement of <paramref name="partySet"/> from its mentions and decisions; returns the
    /// ids of the agreements that hold a mention of <paramref name="documentId"/> (all of them when null).</summary>
    private static async Task<IReadOnlyList<string>> RebuildAsync(PostgresSession session, string partySet, string? documentId, CancellationToken cancellationToken)
    {
        var mentions = await session.RowsAsync(
            "SELECT key, base_id, payload FROM mentions WHERE parties = @parties ORDER BY key",
            r => new MentionRecord(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), MentionPayload.Read(r.GetString(2))),
            cancellationToken,
            ("parties", partySet)).ConfigureAwait(false);
        var decisions = await session.RowsAsync(
            "SELECT action, agreement_id, decided_by, decided_at, other_id, mention_key, field, value FROM review_decisions WHERE parties = @parties ORDER BY seq",
            ReadDecision,
            cancellationToken,
            ("parties", partySet)).ConfigureAwait(false);

        // Ids begin with their party set, so the ids a new agreement must avoid are all in this party set (see the
        // SQLite store): current, retired or decided on.
        var taken = (await session.RowsAsync(
            """
            SELECT id FROM agreements WHERE parties = @parties
            UNION SELECT base_id FROM mentions WHERE parties = @parties AND base_id IS NOT NULL
            UNION SELECT agreement_id FROM review_decisions WHERE parties = @parties
            UNION SELECT other_id FROM review_decisions WHERE parties = @parties AND other_id IS NOT NULL
            """,
            r => r.GetString(0),
            cancellationToken,
            ("parties", partySet)).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

        var merged = AgreementMerger.Merge(mentions, decisions, taken);
        await session.ExecuteAsync("DELETE FROM agreements WHERE parties = @parties", cancellationToken, ("parties", partySet)).ConfigureAwait(false);
        await InsertAgreementsAsync(session, merged, cancellationToken).ConfigureAwait(false);

        var documentKeys = mentions.Where(m => documentId is null || m.DocumentId == documentId).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        return merged.Where(a => a.Members.Any(m => documentKeys.Contains(m.MentionKey))).Select(a => a.Id).ToList();
    }

    /// <summary>Writes the rebuilt agreements, their steps, their mentions' links and the rows' copies of both in four
    /// statements, whatever the number of agreements (unnest over arrays: one round trip each).</summary>
    private static async Task InsertAgreementsAsync(PostgresSession session, IReadOnlyList<MergedAgreement> merged, CancellationToken cancellationToken)
    {
        if (merged.Count == 0)
        {
            return;
        }

        var agreements = merged.Select(m => m.Agreement).ToList();
        await session.ExecuteAsync(
            """
            INSERT INTO agreements (id, parties, party_codes, date, date_start, date_end, status, kind, domain, place, signatories, confidence, review, edited)
            SELECT u.id, u.parties, string_to_array(u.parties, '-'), u.date, u.date_start, u.date_end, u.status, u.kind, u.domain, u.place,
                   ARRAY(SELECT json_array_elements_text(u.signatories::json)), u.confidence, u.review, u.edited
            FROM unnest(@ids, @parties, @dates, @starts, @ends, @statuses, @kinds, @domains, @places, @signatories, @confidences, @reviews, @edited)
                AS u(id, parties, date, date_start, date_end, status, kind, domain, place, signatories, confidence, review, edited)
            """,
            cancellationToken,
            ("ids", agreements.Select(a => a.Id).ToArray()),
            ("parties", agreements.Select(a => string.Join('-', a.Parties.Select(p => p.Value))).ToArray()),
            ("dates", agreements.Select(a => a.Date?.ToString()).ToArray()),
            ("starts", agreements.Select(a => a.Date?.Start).ToArray()),
            ("ends", agreements.Select(a => a.Date?.End).ToArray()),
            ("statuses", agreements.Select(a => a.Status.ToGold()).ToArray()),
            ("kinds", agreements.Select(a => a.Kind.ToGold()).ToArray()),
            ("domains", agreements.Select(a => a.Domain.ToGold()).ToArray()),
            ("places", agreements.Select(a => a.Place).ToArray()),
            ("signatories", agreements.Select(a => System.Text.Json.JsonSerializer.Serialize(a.Signatories)).ToArray()),
            ("confidences", agreements.Select(a => a.Confidence).ToArray()),
            ("reviews", merged.Select(m => m.Review.ToString().ToLowerInvariant()).ToArray()),
            ("edited", merged.Select(m => m.Edited).ToArray())).ConfigureAwait(false);

        var steps = merged.SelectMany(m => m.Steps.Select((s, i) => (m.Id, Ordinal: i, s.Status, s.Date))).ToList();
        await session.ExecuteAsync(
            "INSERT INTO agreement_steps (agreement_id, ordinal, status, date) SELECT * FROM unnest(@ids, @ordinals, @statuses, @dates)",
            cancellationToken,
            ("ids", steps.Select(s => s.Id).ToArray()),
            ("ordinals", steps.Select(s => s.Ordinal).ToArray()),
            ("statuses", steps.Select(s => s.Status.ToGold()).ToArray()),
            ("dates", steps.Select(s => s.Date?.ToString()).ToArray())).ConfigureAwait(false);

        var members = merged.SelectMany(m => m.Members.Select(member => (member.MentionKey, member.BaseId, m.Id))).ToList();
        await session.ExecuteAsync(
            """
            UPDATE mentions m SET base_id = u.base_id, agreement_id = u.agreement_id
            FROM unnest(@keys, @bases, @ids) AS u(key, base_id, agreement_id) WHERE m.key = u.key
            """,
            cancellationToken,
            ("keys", members.Select(m => m.MentionKey).ToArray()),
            ("bases", members.Select(m => m.BaseId).ToArray()),
            ("ids", members.Select(m => m.Id).ToArray())).ConfigureAwait(false);

        // Copies a listing reads on the row itself (migration 0004): the steps in order, the source documents' ids.
        await session.ExecuteAsync(
            """
            UPDATE agreements a SET
                step_statuses = (SELECT array_agg(status ORDER BY ordinal) FROM agreement_steps WHERE agreement_id = a.id),
                step_dates = (SELECT array_agg(date ORDER BY ordinal) FROM agreement_steps WHERE agreement_id = a.id),
                document_ids = (SELECT array_agg(DISTINCT document_id ORDER BY document_id) FROM mentions WHERE agreement_id = a.id)
            WHERE a.id = ANY(@ids)
            """,
            cancellationToken,
            ("ids", agreements.Select(a => a.Id).ToArray())).ConfigureAwait(false);
    }

    private static ReviewDecision ReadDecision(NpgsqlDataReader r) => new(
        Enum.Parse<ReviewAction>(r.GetString(0), ignoreCase: true),
        r.GetString(1),
        r.GetString(2),
        r.GetFieldValue<DateTimeOffset>(3),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7));
}
