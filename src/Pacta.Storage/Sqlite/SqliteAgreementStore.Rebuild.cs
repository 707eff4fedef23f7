using Microsoft.Data.Sqlite;
using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Pacta.Storage.Review;

namespace Pacta.Storage.Sqlite;

/// <summary>Keeping mentions, and loading and writing the party sets whose agreements are rebuilt from them (rules
/// in <see cref="AgreementMerger"/>, in memory in <see cref="PartySetState"/>).</summary>
public sealed partial class SqliteAgreementStore
{
    /// <summary>Inserts the mentions of one document under their stable keys. A mention that was there before under
    /// the same key and with the same parties keeps its cluster id, so its agreement keeps its id.</summary>
    private static void InsertMentions(
        SqliteStatements sql,
        IReadOnlyList<AgreementMention> mentions,
        IReadOnlyList<string> keys,
        IReadOnlyDictionary<string, (string Parties, string? BaseId)> previous)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var baseId = previous.TryGetValue(keys[i], out var before) && before.Parties == mention.PartyKey ? before.BaseId : null;
            sql.Execute(
                "INSERT INTO mentions (key, document_id, parties, status, payload, base_id) VALUES ($key, $document, $parties, $status, $payload, $base)",
                ("$key", keys[i]),
                ("$document", mention.DocumentId),
                ("$parties", mention.PartyKey),
                ("$status", mention.Status.ToGold()),
                ("$payload", MentionPayload.Write(mention)),
                ("$base", baseId));
        }
    }

    /// <summary>Rebuilds every agreement of <paramref name="partySet"/> from its stored mentions and decisions.</summary>
    private static void Rebuild(SqliteStatements sql, string partySet)
    {
        var state = LoadPartySet(sql, partySet);
        state.Rebuild();
        WritePartySet(sql, state);
    }

    /// <summary>A party set as stored: its mentions with their ids, its decisions and its agreements' ids.</summary>
    private static PartySetState LoadPartySet(SqliteStatements sql, string partySet)
    {
        var mentions = sql.Rows(
            "SELECT key, base_id, agreement_id, payload FROM mentions WHERE parties = $parties ORDER BY key",
            r => (r.GetString(0), r.IsDBNull(1) ? null : r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2), MentionPayload.Read(r.GetString(3))),
            ("$parties", partySet));
        var decisions = sql.Rows(
            "SELECT action, agreement_id, decided_by, decided_at, other_id, mention_key, field, value FROM review_decisions WHERE parties = $parties ORDER BY seq",
            ReadDecision,
            ("$parties", partySet));
        var agreements = sql.Rows("SELECT id FROM agreements WHERE parties = $parties", r => r.GetString(0), ("$parties", partySet));
        return new PartySetState(partySet, mentions, decisions, agreements);
    }

    /// <summary>Writes a rebuilt party set: its agreements replaced by the merged ones, and the mentions whose cluster
    /// or agreement changed linked again.</summary>
    private static void WritePartySet(SqliteStatements sql, PartySetState state)
    {
        if (state.Merged is not { } merged)
        {
            return;
        }

        sql.Execute("DELETE FROM agreements WHERE parties = $parties", ("$parties", state.PartySet));
        foreach (var agreement in merged)
        {
            InsertAgreement(sql, agreement);
        }

        foreach (var (key, baseId, agreementId) in state.ChangedLinks())
        {
            sql.Execute(
                "UPDATE mentions SET base_id = $base, agreement_id = $id WHERE key = $key",
                ("$base", baseId),
                ("$id", agreementId),
                ("$key", key));
        }
    }

    private static void InsertAgreement(SqliteStatements sql, MergedAgreement merged)
    {
        var a = merged.Agreement;
        sql.Execute(
            """
            INSERT INTO agreements (id, parties, date, date_start, date_end, status, kind, domain, place, signatories, confidence, review, edited)
            VALUES ($id, $parties, $date, $start, $end, $status, $kind, $domain, $place, $signatories, $confidence, $review, $edited)
            """,
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
            ("$edited", merged.Edited ? 1 : 0));
        for (var i = 0; i < merged.Steps.Count; i++)
        {
            sql.Execute(
                "INSERT INTO agreement_steps (agreement_id, ordinal, status, date) VALUES ($id, $ordinal, $status, $date)",
                ("$id", a.Id),
                ("$ordinal", i),
                ("$status", merged.Steps[i].Status.ToGold()),
                ("$date", merged.Steps[i].Date?.ToString()));
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
