using System.Data;
using Npgsql;
using Pacta.Core.Model;
using Pacta.Storage.Reports;
using Pacta.Storage.Review;

namespace Pacta.Storage.Postgres;

/// <summary>
/// <see cref="IAgreementStore"/> on a PostgreSQL database, for a team and for backfills by several workers. Safe for
/// concurrent use: each operation takes its own connection from Npgsql's pool, so one store can be shared by the
/// workers of a process or the requests of a server. Writers in different processes agree through the database
/// alone: unique constraints with ON CONFLICT store a document once, and transaction-scoped advisory locks
/// (<see cref="PostgresLockKeys"/>) serialize the rebuild of each party set and each near-duplicate lookup, so any
/// number of concurrent writers end with what one writer would have stored. This file holds the operations; the
/// rebuild, near-duplicate reports and reading agreements are in the partial files.
/// </summary>
public sealed partial class PostgresAgreementStore : IAgreementStore, IStoreHealth
{
    /// <summary>Attempts for a write that PostgreSQL aborted as a deadlock or serialization failure. The lock order
    /// should prevent both; retrying keeps a rare one from failing a whole ingest.</summary>
    private const int MaxAttempts = 5;

    private readonly NpgsqlDataSource _dataSource;
    private readonly TimeProvider _clock;

    private PostgresAgreementStore(NpgsqlDataSource dataSource, TimeProvider clock)
    {
        _dataSource = dataSource;
        _clock = clock;
    }

    /// <summary>Where the store is, without password.</summary>
    public string Location { get; private init; } = "";

    /// <summary>Whether the connection string gives <paramref name="keyword"/> (in its canonical spelling, which the
    /// builder writes): the builder's ContainsKey answers for every keyword it knows, set or not.</summary>
    private static bool IsSet(NpgsqlConnectionStringBuilder builder, string keyword) =>
        builder.ConnectionString.Contains(keyword + "=", StringComparison.OrdinalIgnoreCase);

    /// <summary>Opens a pool on the database (creating the database when it is missing and
    /// <see cref="StoreOptions.CreateIfMissing"/> allows) and applies pending migrations.</summary>
    public static PostgresAgreementStore Open(NpgsqlConnectionStringBuilder connectionString, StoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        ArgumentNullException.ThrowIfNull(options);
        var builder = new NpgsqlConnectionStringBuilder(connectionString.ConnectionString);
        if (string.IsNullOrEmpty(builder.Database))
        {
            throw new ArgumentException("A PostgreSQL connection string for Pacta must name a Database.", nameof(connectionString));
        }

        if (!IsSet(connectionString, "Max Auto Prepare"))
        {
            // Planning a listing statement (a page with three LATERAL joins) costs more than running it; a statement
            // used a few times on a connection is prepared once and its plan reused. Set Max Auto Prepare=0 to turn
            // it off (behind a pooler in transaction mode, say).
            builder.MaxAutoPrepare = 64;
        }

        if (!IsSet(connectionString, "Options"))
        {
            // A prepared listing takes a LIMIT and OFFSET as parameters, so PostgreSQL's estimate for a generic plan
            // is poor and it would plan every execution again (1.3 ms, more than running it); the generic plans of
            // Pacta's statements are the same index walks (checked with EXPLAIN on 100,000 agreements).
            builder.Options = "-c plan_cache_mode=force_generic_plan";
        }

        if (!IsSet(connectionString, "No Reset On Close"))
        {
            // A connection given back to the pool is otherwise reset with DISCARD ALL, which also drops the prepared
            // statements above (and costs a round trip). The store sets no session state a reset would need to undo:
            // its locks are transaction-scoped and the search path comes from the connection string.
            builder.NoResetOnClose = true;
        }

        var location = PostgresConnectionString.Describe(builder);
        var dataSource = NpgsqlDataSource.Create(builder);
        try
        {
            PostgresDatabaseCreator.EnsureExists(dataSource, builder, options.CreateIfMissing, location);
            PostgresMigrator.MigrateAsync(dataSource, options.Clock.GetUtcNow(), CancellationToken.None).GetAwaiter().GetResult();
            return new PostgresAgreementStore(dataSource, options.Clock) { Location = location };
        }
        catch
        {
            dataSource.Dispose();
            throw;
        }
    }

    public Task<int> MigrateAsync(CancellationToken cancellationToken = default) =>
        PostgresMigrator.MigrateAsync(_dataSource, _clock.GetUtcNow(), cancellationToken);

    public async Task<bool> PingAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await using var session = await ReadSessionAsync(cancellationToken).ConfigureAwait(false);
            return await session.ScalarAsync<int>("SELECT 1", cancellationToken).ConfigureAwait(false) == 1;
        }
        catch (NpgsqlException)
        {
            return false;
        }
    }

    public Task<IngestOutcome> SaveAsync(ExtractionResult result, DateTimeOffset now, CancellationToken cancellationToken = default) =>
        SaveAsync(PreparedDocument.Of(result), now, cancellationToken);

    private Task<IngestOutcome> SaveAsync(PreparedDocument prepared, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var result = prepared.Result;
        var document = result.Document;
        var (hash, signature) = prepared.Fingerprint;
        return WriteAsync(
            async session =>
            {
                // The unique id and content_hash decide who stores a document first: a concurrent insert of the same
                // text waits for the other transaction and then does nothing.
                var inserted = await session.ScalarAsync<string>(
                    """
                    INSERT INTO documents (id, content_hash, source, title, byline, published, language, text, ingested_at, report_id, signature)
                    VALUES (@id, @hash, @source, @title, @byline, @published, @language, @text, @at, @id, @signature)
                    ON CONFLICT DO NOTHING RETURNING id
                    """,
                    cancellationToken,
                    ("id", document.Id),
                    ("hash", hash),
                    ("source", document.Source),
                    ("title", document.Title),
                    ("byline", document.Byline),
                    ("published", document.Published),
                    ("language", document.Language),
                    ("text", document.Text),
                    ("at", now.ToUniversalTime()),
                    ("signature", signature?.ToString())).ConfigureAwait(false);
                if (inserted is null)
                {
                    var existing = await session.ScalarAsync<string>(
                        "SELECT id FROM documents WHERE id = @id OR content_hash = @hash ORDER BY id = @id DESC LIMIT 1",
                        cancellationToken,
                        ("id", document.Id),
                        ("hash", hash)).ConfigureAwait(false);
                    return IngestOutcome.Duplicate(document.Id, existing ?? document.Id);
                }

                var partySets = result.Agreements.Select(m => m.PartyKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                var bandLocks = signature?.BandKeys().Select(b => PostgresLockKeys.Band(b.Band, b.Key)) ?? [];
                await session.LockAsync(bandLocks.Concat(partySets.Select(PostgresLockKeys.PartySet)), cancellationToken).ConfigureAwait(false);
                if (signature is not null)
                {
                    await JoinReportAsync(session, document.Id, signature, cancellationToken).ConfigureAwait(false);
                }

                var before = await AgreementIdsAsync(session, partySets, cancellationToken).ConfigureAwait(false);
                await InsertMentionsAsync(session, result.Agreements, new Dictionary<string, (string Parties, string? BaseId)>(), cancellationToken).ConfigureAwait(false);
                var touched = new List<string>();
                foreach (var partySet in partySets)
                {
                    touched.AddRange(await RebuildAsync(session, partySet, document.Id, cancellationToken).ConfigureAwait(false));
                }

                await session.CommitAsync(cancellationToken).ConfigureAwait(false);
                return IngestOutcome.Stored(document.Id, touched, before);
            },
            cancellationToken);
    }

    public Task<IReadOnlyList<IngestOutcome>> SaveManyAsync(IReadOnlyList<ExtractionResult> results, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(results);
        return SaveManyAsync(PreparedDocument.Of(results), now, cancellationToken);
    }

    /// <summary>One transaction per document, in order. Unlike SQLite, PostgreSQL takes writers in parallel: a save
    /// holds the advisory locks of its party sets and bands only until it commits, so concurrent workers and
    /// processes wait on each other briefly; one transaction for a whole batch would hold every lock of the batch
    /// for all of it.</summary>
    public async Task<IReadOnlyList<IngestOutcome>> SaveManyAsync(IReadOnlyList<PreparedDocument> documents, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var outcomes = new List<IngestOutcome>(documents.Count);
        foreach (var document in documents)
        {
            outcomes.Add(await SaveAsync(document, now, cancellationToken).ConfigureAwait(false));
        }

        return outcomes;
    }

    public Task<bool> ReplaceMentionsAsync(ExtractionResult result, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        var document = result.Document;
        return WriteAsync(
            async session =>
            {
                var updated = await session.ExecuteAsync(
                    "UPDATE documents SET title = @title, byline = @byline, published = @published, language = @language WHERE id = @id",
                    cancellationToken,
                    ("id", document.Id),
                    ("title", document.Title),
                    ("byline", document.Byline),
                    ("published", document.Published),
                    ("language", document.Language)).ConfigureAwait(false);
                if (updated == 0)
                {
                    return false;
                }

                var previous = (await session.RowsAsync(
                    "SELECT key, parties, base_id FROM mentions WHERE document_id = @id",
                    r => (Key: r.GetString(0), Parties: r.GetString(1), BaseId: r.IsDBNull(2) ? null : r.GetString(2)),
                    cancellationToken,
                    ("id", document.Id)).ConfigureAwait(false)).ToDictionary(m => m.Key, m => (m.Parties, m.BaseId), StringComparer.Ordinal);
                var partySets = previous.Values.Select(p => p.Parties).Concat(result.Agreements.Select(m => m.PartyKey))
                    .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
                await session.LockAsync(partySets.Select(PostgresLockKeys.PartySet), cancellationToken).ConfigureAwait(false);
                await session.ExecuteAsync("DELETE FROM mentions WHERE document_id = @id", cancellationToken, ("id", document.Id)).ConfigureAwait(false);
                await InsertMentionsAsync(session, result.Agreements, previous, cancellationToken).ConfigureAwait(false);
                foreach (var partySet in partySets)
                {
                    await RebuildAsync(session, partySet, null, cancellationToken).ConfigureAwait(false);
                }

                await session.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            },
            cancellationToken);
    }

    public async Task<IReadOnlyList<string>> ListDocumentIdsAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await ReadSessionAsync(cancellationToken).ConfigureAwait(false);
        return await session.RowsAsync("SELECT id FROM documents ORDER BY id", r => r.GetString(0), cancellationToken).ConfigureAwait(false);
    }

    public async Task<Document?> GetDocumentAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var session = await ReadSessionAsync(cancellationToken).ConfigureAwait(false);
        var rows = await session.RowsAsync(
            "SELECT id, source, text, title, byline, published, language FROM documents WHERE id = @id",
            r => new Document(
                r.GetString(0),
                r.GetString(1),
                r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3),
                r.IsDBNull(4) ? null : r.GetString(4),
                r.IsDBNull(5) ? null : r.GetFieldValue<DateOnly>(5),
                r.IsDBNull(6) ? null : r.GetString(6)),
            cancellationToken,
            ("id", id)).ConfigureAwait(false);
        return rows.SingleOrDefault();
    }

    public async Task<IReadOnlyList<StoredAgreement>> ListAgreementsAsync(AgreementQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var session = await ReadSessionAsync(cancellationToken).ConfigureAwait(false);
        return await AgreementText.ListAsync(
            query,
            q => QueryAgreementsAsync(session, q, null, cancellationToken),
            q => SearchTexts(session, q, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<int> CountAgreementsAsync(AgreementQuery query, int? atMost = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await using var session = await ReadSessionAsync(cancellationToken).ConfigureAwait(false);
        return await AgreementText.CountAsync(
            query,
            atMost,
            q => CountAgreementsAsync(session, q, atMost, cancellationToken),
            q => SearchTexts(session, q, cancellationToken)).ConfigureAwait(false);
    }

    public async Task<StoredAgreement?> GetAgreementAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var session = await ReadSessionAsync(cancellationToken).ConfigureAwait(false);
        return await FindAgreementAsync(session, id, cancellationToken).ConfigureAwait(false);
    }

    public Task<ReviewOutcome> ReviewAsync(ReviewDecision decision, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return WriteAsync(
            async session =>
            {
                // The party set is known only from the agreement; lock it, then read the agreements again, so the
                // check sees what no concurrent rebuild can change any more.
                if (await FindAgreementAsync(session, decision.AgreementId, cancellationToken).ConfigureAwait(false) is { } found)
                {
                    await session.LockAsync([PostgresLockKeys.PartySet(found.PartyKey)], cancellationToken).ConfigureAwait(false);
                }

                var target = await FindAgreementAsync(session, decision.AgreementId, cancellationToken).ConfigureAwait(false);
                var other = decision.OtherId is null ? null : await FindAgreementAsync(session, decision.OtherId, cancellationToken).ConfigureAwait(false);
                if (DecisionCheck.Problem(decision, target, other) is { } problem)
                {
                    return new ReviewOutcome(problem);
                }

                await session.ExecuteAsync(
                    ReviewDecisionRow.Insert('@'),
                    cancellationToken,
                    ReviewDecisionRow.Values(decision, target!.PartyKey, decision.At.ToUniversalTime(), column => column)).ConfigureAwait(false);
                await RebuildAsync(session, target.PartyKey, null, cancellationToken).ConfigureAwait(false);
                await session.CommitAsync(cancellationToken).ConfigureAwait(false);
                return ReviewOutcome.Applied;
            },
            cancellationToken);
    }

    public async Task<StoreCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await using var session = await ReadSessionAsync(cancellationToken).ConfigureAwait(false);
        var counts = await session.RowsAsync(
            "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM agreements)",
            r => new StoreCounts(r.GetInt64(0), r.GetInt64(1)),
            cancellationToken).ConfigureAwait(false);
        return counts[0];
    }

    public ValueTask DisposeAsync() => _dataSource.DisposeAsync();

    /// <summary>A pooled connection without a transaction: every read is one statement, so it sees one snapshot
    /// (an agreement with its steps, mentions and sources as of one moment) even while writers rebuild them.</summary>
    private async Task<PostgresSession> ReadSessionAsync(CancellationToken cancellationToken) =>
        new(await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false), null);

    /// <summary>Runs <paramref name="work"/> in a read-committed transaction of its own (it commits; returning
    /// without committing rolls back), again when PostgreSQL aborts it as a deadlock or serialization failure.</summary>
    private async Task<T> WriteAsync<T>(Func<PostgresSession, Task<T>> work, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            var connection = await _dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
            NpgsqlTransaction transaction;
            try
            {
                transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                await connection.DisposeAsync().ConfigureAwait(false);
                throw;
            }

            await using var session = new PostgresSession(connection, transaction);
            try
            {
                return await work(session).ConfigureAwait(false);
            }
            catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure && attempt < MaxAttempts)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(5, 20) * attempt), cancellationToken).ConfigureAwait(false);
            }
        }
    }
}
