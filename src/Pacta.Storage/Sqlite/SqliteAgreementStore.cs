using Microsoft.Data.Sqlite;
using Pacta.Core.Model;

namespace Pacta.Storage.Sqlite;

/// <summary>
/// <see cref="IAgreementStore"/> on one SQLite file in WAL mode. The store holds one connection and serializes
/// its operations; open several stores (or processes) on one file for concurrent readers.
/// </summary>
public sealed class SqliteAgreementStore : IAgreementStore
{
    private const string AgreementColumns =
        "a.id, a.parties, a.date, a.status, a.kind, a.domain, a.place, a.signatories, a.confidence, a.first_seen, a.last_seen";

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _gate = new(1, 1);

    private SqliteAgreementStore(SqliteConnection connection, TimeProvider clock)
    {
        _connection = connection;
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
                pragma.CommandText = "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 5000;";
                pragma.ExecuteNonQuery();
            }

            var store = new SqliteAgreementStore(connection, options.Clock);
            SqliteMigrator.Migrate(connection, options.Clock.GetUtcNow());
            return store;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public async Task<int> MigrateAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return SqliteMigrator.Migrate(_connection, _clock.GetUtcNow());
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IngestOutcome> SaveAsync(ExtractionResult result, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(result);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            // BEGIN IMMEDIATE: take the write lock now, so the duplicate check and the inserts see one state.
            using var transaction = _connection.BeginTransaction(deferred: false);
            var document = result.Document;
            var hash = SqliteValues.ContentHash(document.Text);
            var existing = await ScalarAsync<string>(
                transaction,
                "SELECT id FROM documents WHERE id = $id OR content_hash = $hash ORDER BY id = $id DESC LIMIT 1",
                cancellationToken,
                ("$id", document.Id),
                ("$hash", hash)).ConfigureAwait(false);
            if (existing is not null)
            {
                return IngestOutcome.Duplicate(document.Id, existing);
            }

            var at = SqliteValues.Timestamp(now);
            await ExecuteAsync(
                transaction,
                """
                INSERT INTO documents (id, content_hash, source, title, byline, published, language, text, ingested_at)
                VALUES ($id, $hash, $source, $title, $byline, $published, $language, $text, $at)
                """,
                cancellationToken,
                ("$id", document.Id),
                ("$hash", hash),
                ("$source", document.Source),
                ("$title", document.Title),
                ("$byline", document.Byline),
                ("$published", document.Published is { } published ? SqliteValues.Day(published) : null),
                ("$language", document.Language),
                ("$text", document.Text),
                ("$at", at)).ConfigureAwait(false);

            var created = new List<string>();
            var updated = new List<string>();
            foreach (var mention in result.Agreements)
            {
                var match = await FindSameInstrumentAsync(transaction, mention, cancellationToken).ConfigureAwait(false);
                string id;
                if (match is null)
                {
                    id = await InsertAgreementAsync(transaction, mention, at, cancellationToken).ConfigureAwait(false);
                    created.Add(id);
                }
                else
                {
                    id = match.Id;
                    await UpdateAgreementAsync(transaction, match, mention, at, cancellationToken).ConfigureAwait(false);
                    if (!created.Contains(id) && !updated.Contains(id))
                    {
                        updated.Add(id);
                    }
                }

                await AttachAsync(transaction, id, document.Id, mention, cancellationToken).ConfigureAwait(false);
            }

            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return new IngestOutcome(document.Id, null, created, updated);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<IReadOnlyList<StoredAgreement>> ListAgreementsAsync(AgreementQuery query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(query);
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var filters = new List<string>();
            var parameters = new List<(string, object?)>();
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

            var sql = $"SELECT {AgreementColumns} FROM agreements a"
                + (filters.Count > 0 ? " WHERE " + string.Join(" AND ", filters) : "")
                + " ORDER BY a.date_start IS NULL, a.date_start DESC, a.date_end DESC, a.id";
            if (query.Limit is { } limit)
            {
                sql += " LIMIT $limit";
                parameters.Add(("$limit", limit));
            }

            var rows = new List<AgreementRow>();
            using (var command = Command(null, sql, [.. parameters]))
            {
                using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    rows.Add(ReadAgreement(reader));
                }
            }

            if (rows.Count == 0)
            {
                return [];
            }

            var ids = SqliteValues.Json(rows.Select(r => r.Id).ToList());
            var documents = await GroupAsync(
                "SELECT agreement_id, document_id FROM agreement_documents WHERE agreement_id IN (SELECT value FROM json_each($ids)) ORDER BY agreement_id, document_id",
                ids,
                reader => reader.GetString(1),
                cancellationToken).ConfigureAwait(false);
            var evidence = await GroupAsync(
                """
                SELECT agreement_id, document_id, start, "end", quote FROM agreement_evidence
                WHERE agreement_id IN (SELECT value FROM json_each($ids)) ORDER BY agreement_id, document_id, start
                """,
                ids,
                reader => new Evidence(reader.GetString(1), TextSpan.FromBounds(reader.GetInt32(2), reader.GetInt32(3)), reader.GetString(4)),
                cancellationToken).ConfigureAwait(false);

            return rows.Select(r => new StoredAgreement(
                new Agreement(
                    r.Id,
                    r.Parties,
                    r.Date,
                    r.Status,
                    r.Kind,
                    r.Domain,
                    r.Place,
                    r.Signatories,
                    r.Confidence,
                    evidence.GetValueOrDefault(r.Id) ?? []),
                documents.GetValueOrDefault(r.Id) ?? [],
                r.FirstSeen,
                r.LastSeen)).ToList();
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task<StoreCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var documents = await ScalarAsync<long>(null, "SELECT count(*) FROM documents", cancellationToken).ConfigureAwait(false);
            var agreements = await ScalarAsync<long>(null, "SELECT count(*) FROM agreements", cancellationToken).ConfigureAwait(false);
            return new StoreCounts(documents, agreements);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _connection.DisposeAsync().ConfigureAwait(false);
        _gate.Dispose();
    }

    private static AgreementRow ReadAgreement(SqliteDataReader reader)
    {
        var date = reader.IsDBNull(2) ? (PartialDate?)null : PartialDate.Parse(reader.GetString(2));
        return new AgreementRow(
            reader.GetString(0),
            reader.GetString(1).Split('-').Select(p => new PartyCode(p)).ToList(),
            date,
            Vocabulary.TryParseStatus(reader.GetString(3), out var status) ? status : throw Corrupt("status", reader.GetString(3)),
            Vocabulary.TryParseKind(reader.GetString(4), out var kind) ? kind : throw Corrupt("kind", reader.GetString(4)),
            Vocabulary.TryParseDomain(reader.GetString(5), out var domain) ? domain : throw Corrupt("domain", reader.GetString(5)),
            reader.IsDBNull(6) ? null : reader.GetString(6),
            SqliteValues.ParseJsonList(reader.GetString(7)),
            reader.GetDouble(8),
            SqliteValues.ParseTimestamp(reader.GetString(9)),
            SqliteValues.ParseTimestamp(reader.GetString(10)));
    }

    private static InvalidDataException Corrupt(string column, string value) => new($"Stored agreement has an unknown {column} '{value}'.");

    /// <summary>The stored agreement that is the same instrument as <paramref name="mention"/>: same parties,
    /// status and kind, with the best-fitting date (see <see cref="AgreementIdentity.DateFit"/>); ties go to the
    /// earliest seen.</summary>
    private async Task<AgreementRow?> FindSameInstrumentAsync(SqliteTransaction transaction, AgreementMention mention, CancellationToken cancellationToken)
    {
        using var command = Command(
            transaction,
            $"SELECT {AgreementColumns} FROM agreements a WHERE a.parties = $parties AND a.status = $status AND a.kind = $kind ORDER BY a.first_seen, a.id",
            ("$parties", mention.PartyKey),
            ("$status", mention.Status.ToGold()),
            ("$kind", mention.Kind.ToGold()));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        AgreementRow? best = null;
        var bestFit = 0;
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var row = ReadAgreement(reader);
            if (AgreementIdentity.DateFit(mention.Date, row.Date) is { } fit && fit > bestFit)
            {
                best = row;
                bestFit = fit;
            }
        }

        return best;
    }

    private async Task<string> InsertAgreementAsync(SqliteTransaction transaction, AgreementMention mention, string at, CancellationToken cancellationToken)
    {
        var baseId = AgreementIdentity.BaseId(mention.PartyKey, mention.Date, mention.Kind);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        using (var command = Command(transaction, "SELECT id FROM agreements WHERE id = $base OR substr(id, 1, length($base) + 1) = $base || '-'", ("$base", baseId)))
        {
            using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                taken.Add(reader.GetString(0));
            }
        }

        var id = AgreementIdentity.Unique(baseId, taken);
        await ExecuteAsync(
            transaction,
            """
            INSERT INTO agreements (id, parties, date, date_start, date_end, status, kind, domain, place, signatories, confidence, first_seen, last_seen)
            VALUES ($id, $parties, $date, $start, $end, $status, $kind, $domain, $place, $signatories, $confidence, $at, $at)
            """,
            cancellationToken,
            ("$id", id),
            ("$parties", mention.PartyKey),
            ("$date", mention.Date?.ToString()),
            ("$start", mention.Date is { } start ? SqliteValues.Day(start.Start) : null),
            ("$end", mention.Date is { } end ? SqliteValues.Day(end.End) : null),
            ("$status", mention.Status.ToGold()),
            ("$kind", mention.Kind.ToGold()),
            ("$domain", mention.Domain.ToGold()),
            ("$place", mention.Place),
            ("$signatories", SqliteValues.Json(mention.Signatories.Distinct(StringComparer.Ordinal).ToList())),
            ("$confidence", mention.Confidence),
            ("$at", at)).ConfigureAwait(false);
        return id;
    }

    private Task UpdateAgreementAsync(SqliteTransaction transaction, AgreementRow stored, AgreementMention mention, string at, CancellationToken cancellationToken)
    {
        var date = AgreementIdentity.MorePrecise(stored.Date, mention.Date);
        return ExecuteAsync(
            transaction,
            """
            UPDATE agreements SET
                date = $date, date_start = $start, date_end = $end,
                place = coalesce(place, $place),
                signatories = $signatories,
                confidence = max(confidence, $confidence),
                last_seen = max(last_seen, $at)
            WHERE id = $id
            """,
            cancellationToken,
            ("$id", stored.Id),
            ("$date", date?.ToString()),
            ("$start", date is { } start ? SqliteValues.Day(start.Start) : null),
            ("$end", date is { } end ? SqliteValues.Day(end.End) : null),
            ("$place", mention.Place),
            ("$signatories", SqliteValues.Json(AgreementIdentity.UnionSignatories(stored.Signatories, mention.Signatories))),
            ("$confidence", mention.Confidence),
            ("$at", at));
    }

    private async Task AttachAsync(SqliteTransaction transaction, string agreementId, string documentId, AgreementMention mention, CancellationToken cancellationToken)
    {
        await ExecuteAsync(
            transaction,
            """
            INSERT INTO agreement_documents (agreement_id, document_id, confidence) VALUES ($agreement, $document, $confidence)
            ON CONFLICT (agreement_id, document_id) DO UPDATE SET confidence = max(confidence, excluded.confidence)
            """,
            cancellationToken,
            ("$agreement", agreementId),
            ("$document", documentId),
            ("$confidence", mention.Confidence)).ConfigureAwait(false);

        foreach (var evidence in mention.Evidence)
        {
            await ExecuteAsync(
                transaction,
                """
                INSERT OR IGNORE INTO agreement_evidence (agreement_id, document_id, start, "end", quote)
                VALUES ($agreement, $document, $start, $end, $quote)
                """,
                cancellationToken,
                ("$agreement", agreementId),
                ("$document", documentId),
                ("$start", evidence.Span.Start),
                ("$end", evidence.Span.End),
                ("$quote", evidence.Quote)).ConfigureAwait(false);
        }

        foreach (var field in mention.Fields)
        {
            await ExecuteAsync(
                transaction,
                """
                INSERT OR IGNORE INTO agreement_fields (agreement_id, document_id, field, value, start, "end", text)
                VALUES ($agreement, $document, $field, $value, $start, $end, $text)
                """,
                cancellationToken,
                ("$agreement", agreementId),
                ("$document", documentId),
                ("$field", field.Field),
                ("$value", field.Value),
                ("$start", field.Span.Start),
                ("$end", field.Span.End),
                ("$text", field.Text)).ConfigureAwait(false);
        }
    }

    private async Task<Dictionary<string, List<T>>> GroupAsync<T>(string sql, string ids, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        using var command = Command(null, sql, ("$ids", ids));
        using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var key = reader.GetString(0);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
            }

            list.Add(read(reader));
        }

        return groups;
    }

    private async Task ExecuteAsync(SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<T?> ScalarAsync<T>(SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var command = Command(transaction, sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? default : (T)value;
    }

    private SqliteCommand Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = _connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }
}
