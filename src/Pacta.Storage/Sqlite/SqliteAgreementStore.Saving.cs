using Pacta.Core.Model;
using Pacta.Storage.Merging;

namespace Pacta.Storage.Sqlite;

/// <summary>Saving documents: many in one transaction, each party set read and written once per batch.</summary>
public sealed partial class SqliteAgreementStore
{
    private static readonly IReadOnlyDictionary<string, (string Parties, string? BaseId)> NoPreviousMentions =
        new Dictionary<string, (string Parties, string? BaseId)>(StringComparer.Ordinal);

    public async Task<IngestOutcome> SaveAsync(ExtractionResult result, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return (await SaveManyAsync([result], now, cancellationToken).ConfigureAwait(false))[0];
    }

    /// <summary>
    /// Saves the documents in one transaction, in order. SQLite has one writer, and a transaction per document cost
    /// more than the document: a commit, and a rebuild that reads, merges and rewrites the whole party set. Here each
    /// party set is loaded once, rebuilt in memory after each document that names it (so ids and outcomes are those
    /// of saving one by one, see <see cref="PartySetReplay"/>) and written once at the end.
    /// </summary>
    public Task<IReadOnlyList<IngestOutcome>> SaveManyAsync(IReadOnlyList<ExtractionResult> results, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        return SaveManyAsync(PreparedDocument.Of(results), now, cancellationToken);
    }

    public Task<IReadOnlyList<IngestOutcome>> SaveManyAsync(IReadOnlyList<PreparedDocument> documents, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0)
        {
            return Task.FromResult<IReadOnlyList<IngestOutcome>>([]);
        }

        return LockedAsync(
            () =>
            {
                // BEGIN IMMEDIATE: take the write lock now, so the duplicate checks and the inserts see one state.
                using var transaction = _connection.BeginTransaction(deferred: false);
                using var sql = new SqliteStatements(transaction);
                var replay = new PartySetReplay();
                var outcomes = new List<IngestOutcome>(documents.Count);
                foreach (var document in documents)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    outcomes.Add(SaveDocument(sql, replay, document.Result, document.Fingerprint, now));
                }

                foreach (var state in replay.States)
                {
                    WritePartySet(sql, state);
                }

                transaction.Commit();
                return Task.FromResult<IReadOnlyList<IngestOutcome>>(outcomes);
            },
            cancellationToken);
    }

    /// <summary>Stores one document of a batch with its mentions, unless its text or id is already stored (by an
    /// earlier batch or earlier in this one), and replays the rebuild of the party sets it names.</summary>
    private static IngestOutcome SaveDocument(SqliteStatements sql, PartySetReplay replay, ExtractionResult result, TextFingerprint fingerprint, DateTimeOffset now)
    {
        var document = result.Document;
        var existing = sql.Scalar<string>(
            "SELECT id FROM documents WHERE id = $id OR content_hash = $hash ORDER BY id = $id DESC LIMIT 1",
            ("$id", document.Id),
            ("$hash", fingerprint.Hash));
        if (existing is not null)
        {
            return IngestOutcome.Duplicate(document.Id, existing);
        }

        sql.Execute(
            """
            INSERT INTO documents (id, content_hash, source, title, byline, published, language, text, ingested_at, report_id)
            VALUES ($id, $hash, $source, $title, $byline, $published, $language, $text, $at, $id)
            """,
            ("$id", document.Id),
            ("$hash", fingerprint.Hash),
            ("$source", document.Source),
            ("$title", document.Title),
            ("$byline", document.Byline),
            ("$published", document.Published is { } published ? SqliteValues.Day(published) : null),
            ("$language", document.Language),
            ("$text", document.Text),
            ("$at", SqliteValues.Timestamp(now)));
        if (fingerprint.Signature is { } signature)
        {
            JoinReport(sql, document.Id, signature);
        }

        // A party set is loaded before the document's mentions are inserted, so it holds what was stored before.
        foreach (var partySet in result.Agreements.Select(m => m.PartyKey).Distinct(StringComparer.Ordinal).Where(p => !replay.Holds(p)))
        {
            replay.Hold(LoadPartySet(sql, partySet));
        }

        var keys = MentionKeys.For(result.Agreements);
        InsertMentions(sql, result.Agreements, keys, NoPreviousMentions);
        return replay.Add(document.Id, result.Agreements, keys);
    }
}
