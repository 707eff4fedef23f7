using Microsoft.Data.Sqlite;
using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Pacta.Storage.Review;

namespace Pacta.Storage.Sqlite;

/// <summary>Keeping mentions and rebuilding the agreements of a party set from them (rules in <see cref="AgreementMerger"/>).</summary>
public sealed partial class SqliteAgreementStore
{
    /// <summary>Inserts the mentions of one document under their stable keys. A mention that was there before under
    /// the same key and with the same parties keeps its cluster id, so its agreement keeps its id.</summary>
    private async Task InsertMentionsAsync(
        SqliteTransaction transaction,
        IReadOnlyList<AgreementMention> mentions,
        IReadOnlyDictionary<string, (string Parties, string? BaseId)> previous,
        CancellationToken cancellationToken)
    {
        var keys = MentionKeys.For(mentions);
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var baseId = previous.TryGetValue(keys[i], out var before) && before.Parties == mention.PartyKey ? before.BaseId : null;
            await ExecuteAsync(
                transaction,
                "INSERT INTO mentions (key, document_id, parties, status, payload, base_id) VALUES ($key, $document, $parties, $status, $payload, $base)",
                cancellationToken,
                ("$key", keys[i]),
                ("$document", mention.DocumentId),
                ("$parties", mention.PartyKey),
                ("$status", mention.Status.ToGold()),
                ("$payload", MentionPayload.Write(mention)),
                ("$base", baseId)).ConfigureAwait(false);
        }
    }

    private async Task<HashSet<string>> AgreementIdsAsync(SqliteTransaction transaction, IReadOnlyList<string> partySets, CancellationToken cancellationToken) =>
        (await RowsAsync(
            transaction,
            "SELECT id FROM agreements WHERE parties IN (SELECT value FROM json_each($parties))",
            r => r.GetString(0),
            cancellationToken,
            ("$parties", SqliteValues.Json(partySets))).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

    /// <summary>Rebuilds every agreement of <paramref name="partySet"/> from its mentions and decisions; returns the
    /// ids of the agreements that hold a mention of <paramref name="documentId"/> (all of them when null).</summary>
    private async Task<IReadOnlyList<string>> RebuildAsync(SqliteTransaction transaction, string partySet, string? documentId, CancellationToken cancellationToken)
    {
        var mentions = await RowsAsync(
            transaction,
            "SELECT key, base_id, payload FROM mentions WHERE parties = $parties ORDER BY key",
            r => new MentionRecord(r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), MentionPayload.Read(r.GetString(2))),
            cancellationToken,
            ("$parties", partySet)).ConfigureAwait(false);
        var decisions = await RowsAsync(
            transaction,
            "SELECT action, agreement_id, decided_by, decided_at, other_id, mention_key, field, value FROM review_decisions WHERE parties = $parties ORDER BY seq",
            ReadDecision,
            cancellationToken,
            ("$parties", partySet)).ConfigureAwait(false);

        // Ids begin with their party set (upper-case codes; dates and kinds cannot look like one), so the ids
        // a new agreement of this party set must avoid are all in this party set: current, retired or decided on.
        var taken = (await RowsAsync(
            transaction,
            """
            SELECT id FROM agreements WHERE parties = $parties
            UNION SELECT base_id FROM mentions WHERE parties = $parties AND base_id IS NOT NULL
            UNION SELECT agreement_id FROM review_decisions WHERE parties = $parties
            UNION SELECT other_id FROM review_decisions WHERE parties = $parties AND other_id IS NOT NULL
            """,
            r => r.GetString(0),
            cancellationToken,
            ("$parties", partySet)).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);

        var merged = AgreementMerger.Merge(mentions, decisions, taken);
        await ExecuteAsync(transaction, "DELETE FROM agreements WHERE parties = $parties", cancellationToken, ("$parties", partySet)).ConfigureAwait(false);
        foreach (var agreement in merged)
        {
            await InsertAgreementAsync(transaction, agreement, cancellationToken).ConfigureAwait(false);
        }

        var documentKeys = mentions.Where(m => documentId is null || m.DocumentId == documentId).Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        return merged.Where(a => a.Members.Any(m => documentKeys.Contains(m.MentionKey))).Select(a => a.Id).ToList();
    }

    private async Task InsertAgreementAsync(SqliteTransaction transaction, MergedAgreement merged, CancellationToken cancellationToken)
    {
        var a = merged.Agreement;
        await ExecuteAsync(
            transaction,
            """
            INSERT INTO agreements (id, parties, date, date_start, date_end, status, kind, domain, place, signatories, confidence, review, edited)
            VALUES ($id, $parties, $date, $start, $end, $status, $kind, $domain, $place, $signatories, $confidence, $review, $edited)
            """,
            cancellationToken,
            ("$id", a.Id),
            ("$parties", string.Join('-', a.Parties.Select(p => p.Value))),
            ("$date", a.Date?.ToString()),
            ("$start", a.Date is { } start ? SqliteValues.Day(start.Start) : null),
            ("$end", a.Date is { } end ? SqliteValues.Day(end.End) : null),
            ("$status", a.Status.ToGold()),
            ("$kind", a.Kind.ToGold()),
            ("$domain", a.Domain.ToGold()),
            ("$place", a.Place),
            ("$signatories", SqliteValues.Json(a.Signatories)),
            ("$confidence", a.Confidence),
            ("$review", merged.Review.ToString().ToLowerInvariant()),
            ("$edited", merged.Edited ? 1 : 0)).ConfigureAwait(false);
        for (var i = 0; i < merged.Steps.Count; i++)
        {
            await ExecuteAsync(
                transaction,
                "INSERT INTO agreement_steps (agreement_id, ordinal, status, date) VALUES ($id, $ordinal, $status, $date)",
                cancellationToken,
                ("$id", a.Id),
                ("$ordinal", i),
                ("$status", merged.Steps[i].Status.ToGold()),
                ("$date", merged.Steps[i].Date?.ToString())).ConfigureAwait(false);
        }

        foreach (var member in merged.Members)
        {
            await ExecuteAsync(
                transaction,
                "UPDATE mentions SET base_id = $base, agreement_id = $id WHERE key = $key",
                cancellationToken,
                ("$key", member.MentionKey),
                ("$base", member.BaseId),
                ("$id", a.Id)).ConfigureAwait(false);
        }
    }

    private static ReviewDecision ReadDecision(SqliteDataReader r) => new(
        Enum.Parse<ReviewAction>(r.GetString(0), ignoreCase: true),
        r.GetString(1),
        r.GetString(2),
        SqliteValues.ParseTimestamp(r.GetString(3)),
        r.IsDBNull(4) ? null : r.GetString(4),
        r.IsDBNull(5) ? null : r.GetString(5),
        r.IsDBNull(6) ? null : r.GetString(6),
        r.IsDBNull(7) ? null : r.GetString(7));
}
