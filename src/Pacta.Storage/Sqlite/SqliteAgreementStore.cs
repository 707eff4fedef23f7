using Microsoft.Data.Sqlite;
using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Pacta.Storage.Reports;
using Pacta.Storage.Review;

namespace Pacta.Storage.Sqlite;

/// <summary>
/// <see cref="IAgreementStore"/> on one SQLite file in WAL mode. Writes go through the store's one connection, one at a
/// time; reads of agreements run side by side on read-only connections of their own (<see cref="SqliteReadConnections"/>). This file holds the
/// operations; saving documents, the rebuild of a party set, near-duplicate reports and reading agreements are in the
/// partial files.
/// </summary>
public sealed partial class SqliteAgreementStore : IAgreementStore, IStoreHealth
{
    private readonly SqliteConnection _connection;

    /// <summary>Connections for reads beside the writer; null for an in-memory database, which only the store's own
    /// connection can see.</summary>
    private readonly SqliteReadConnections? _readers;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SqliteAgreementStore(SqliteConnection connection, TimeProvider clock, SqliteReadConnections? readers)
    {
        _connection = connection;
        _readers = readers;
        _clock = clock;
    }

    /// <summary>The connection string the store was opened with.</summary>
    public string ConnectionString => _connection.ConnectionString;

    /// <summary>Opens the database, switches it to WAL and applies pending migrations.</summary>
    public static SqliteAgreementStore Open(SqliteConnectionStringBuilder connectionString, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new SqliteConnectionStringBuilder(connectionString.ConnectionString)
        {
            // One long-lived connection per store; pooling would keep the file open after Dispose.
            Pooling = false,
            ForeignKeys = true,
        };
        var inMemory = builder.Mode == SqliteOpenMode.Memory || builder.DataSource is "" or ":memory:";
        if (!inMemory)
        {
            if (!options.CreateIfMissing)
            {
                if (!File.Exists(builder.DataSource))
                {
                    throw new StoreNotFoundException(builder.DataSource);
                }

                builder.Mode = SqliteOpenMode.ReadWrite;
            }
        }

        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            using (var pragma = connection.CreateCommand())
            {
                // A 64 MB page cache for the one writer (SQLite's default is 2 MB): a save probes the documents' and
                // bands' indexes at random, and with the default a tenth of ingest went to reading their pages back.
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = -65536;";
                pragma.ExecuteNonQuery();
            }

            var store = new SqliteAgreementStore(connection, options.Clock, inMemory ? null : new SqliteReadConnections(builder.ConnectionString));
            SqliteMigrator.Migrate(connection, options.Clock.GetUtcNow());
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public Task<int> MigrateAsync(CancellationToken cancellationToken = default) =>
        LockedAsync(() => Task.FromResult(SqliteMigrator.Migrate(_connection, _clock.GetUtcNow())), cancellationToken);

    public Task<bool> ReplaceMentionsAsync(ExtractionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        return LockedAsync(
            () =>
            {
                using var transaction = _connection.BeginTransaction(deferred: false);
                using var sql = new SqliteStatements(transaction);
                var document = result.Document;
                var updated = sql.Execute(
                    "UPDATE documents SET title = $title, byline = $byline, published = $published, language = $language WHERE id = $id",
                    ("$id", document.Id),
                    ("$title", document.Title),
                    ("$byline", document.Byline),
                    ("$published", document.Published is { } published ? SqliteValues.Day(published) : null),
                    ("$language", document.Language));
                if (updated == 0)
                {
                    return Task.FromResult(false);
                }

                // Documents stored before near-duplicate detection (schema version 1) get their signature now.
                var signed = sql.Scalar<long>("SELECT count(*) FROM document_signatures WHERE document_id = $id", ("$id", document.Id));
                if (signed == 0 && MinHashSignature.Of(document.Text) is { } signature)
                {
                    JoinReport(sql, document.Id, signature);
                }

                var previous = sql.Rows(
                    "SELECT key, parties, base_id FROM mentions WHERE document_id = $id",
                    r => (Key: r.GetString(0), Parties: r.GetString(1), BaseId: r.IsDBNull(2) ? null : r.GetString(2)),
                    ("$id", document.Id)).ToDictionary(m => m.Key, m => (m.Parties, m.BaseId), StringComparer.Ordinal);
                sql.Execute("DELETE FROM mentions WHERE document_id = $id", ("$id", document.Id));
                InsertMentions(sql, result.Agreements, MentionKeys.For(result.Agreements), previous);
                var partySets = previous.Values.Select(p => p.Parties).Concat(result.Agreements.Select(m => m.PartyKey))
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
                foreach (var partySet in partySets)
                {
                    Rebuild(sql, partySet);
                }

                transaction.Commit();
                return Task.FromResult(true);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<string>> ListDocumentIdsAsync(CancellationToken cancellationToken = default) =>
        LockedAsync<IReadOnlyList<string>>(
            async () => await RowsAsync(null, "SELECT id FROM documents ORDER BY id", r => r.GetString(0), cancellationToken).ConfigureAwait(false),
            cancellationToken);

    public Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default) =>
        LockedAsync(
            async () => (await RowsAsync(
                null,
                "SELECT id, source, text, title, byline, published, language FROM documents WHERE id = $id",
                r => new Document(
                    r.GetString(0),
                    r.GetString(1),
                    r.GetString(2),
                    r.IsDBNull(3) ? null : r.GetString(3),
                    r.IsDBNull(4) ? null : r.GetString(4),
                    r.IsDBNull(5) ? null : SqliteValues.ParseDay(r.GetString(5)),
                    r.IsDBNull(6) ? null : r.GetString(6)),
                cancellationToken,
                ("$id", id)).ConfigureAwait(false)).SingleOrDefault(),
            cancellationToken);

    public Task<IReadOnlyList<StoredAgreement>> ListAgreementsAsync(AgreementQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(
            transaction => AgreementText.ListAsync(
                query,
                q => QueryAgreementsAsync(transaction, q, null, cancellationToken),
                q => SearchTexts(transaction, q, cancellationToken)),
            cancellationToken);
    }

    public Task<int> CountAgreementsAsync(AgreementQuery query, int? atMost = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        return ReadAsync(
            transaction => AgreementText.CountAsync(
                query,
                atMost,
                q => CountAgreementsAsync(transaction, q, atMost, cancellationToken),
                q => SearchTexts(transaction, q, cancellationToken)),
            cancellationToken);
    }

    public Task<StoredAgreement?> GetAgreementAsync(string id, CancellationToken cancellationToken = default) =>
        ReadAsync(transaction => FindAgreementAsync(transaction, id, cancellationToken), cancellationToken);

    public Task<ReviewOutcome> ReviewAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return LockedAsync(
            async () =>
            {
                using var transaction = _connection.BeginTransaction(deferred: false);
                var target = await FindAgreementAsync(transaction, decision.AgreementId, cancellationToken).ConfigureAwait(false);
                var other = decision.OtherId is null ? null : await FindAgreementAsync(transaction, decision.OtherId, cancellationToken).ConfigureAwait(false);
                if (DecisionCheck.Problem(decision, target, other) is { } problem)
                {
                    return new ReviewOutcome(problem);
                }

                await ExecuteAsync(
                    transaction,
                    ReviewDecisionRow.Insert('$'),
                    cancellationToken,
                    ReviewDecisionRow.Values(decision, target!.PartyKey, SqliteValues.Timestamp(decision.At), column => "$" + column)).ConfigureAwait(false);
                using (var sql = new SqliteStatements(transaction))
                {
                    Rebuild(sql, target.PartyKey);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return ReviewOutcome.Applied;
            },
            cancellationToken);
    }

    public Task<StoreCounts> CountsAsync(CancellationToken cancellationToken = default) =>
        LockedAsync(
            async () => new StoreCounts(
                await ScalarAsync<long>(null, "SELECT count(*) FROM documents", cancellationToken).ConfigureAwait(false),
                await ScalarAsync<long>(null, "SELECT count(*) FROM agreements", cancellationToken).ConfigureAwait(false)),
            cancellationToken);

    public Task<bool> PingAsync(CancellationToken cancellationToken = default) =>
        LockedAsync(
            async () =>
            {
                try
                {
                    return await ScalarAsync<long>(null, "SELECT 1", cancellationToken).ConfigureAwait(false) == 1;
                }
                catch (SqliteException)
                {
                    return false;
                }
            },
            cancellationToken);

    public async ValueTask DisposeAsync()
    {
        _readers?.Dispose();
        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }
}
