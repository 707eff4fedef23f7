using System.Runtime.CompilerServices;
using Npgsql;

namespace Pacta.Storage.Postgres;

/// <summary>
/// Parameterized commands on one pooled connection, inside one transaction or none. A store operation opens one
/// session and gives it back to the pool when done, so one store can serve many callers at once.
/// </summary>
internal sealed class PostgresSession(NpgsqlConnection connection, NpgsqlTransaction? transaction) : IAsyncDisposable
{
    public async Task<List<T>> RowsAsync<T>(string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<T>();
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    /// <summary>Rows as they arrive, for a reader that may stop early.</summary>
    public async IAsyncEnumerable<T> StreamAsync<T>(string sql, Func<NpgsqlDataReader, T> read, [EnumeratorCancellation] CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            yield return read(reader);
        }
    }

    public async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task<T?> ScalarAsync<T>(string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        await using var command = Command(sql, parameters);
        var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>Takes the transaction-scoped advisory locks <paramref name="keys"/>, always in ascending order, so two
    /// transactions that need some of the same locks never wait on each other in a cycle. Released at commit or
    /// rollback. One round trip.</summary>
    public async Task LockAsync(IEnumerable<long> keys, CancellationToken cancellationToken)
    {
        var ordered = keys.Distinct().Order().ToList();
        if (ordered.Count == 0)
        {
            return;
        }

        await using var batch = new NpgsqlBatch(connection, transaction);
        foreach (var key in ordered)
        {
            var command = new NpgsqlBatchCommand("SELECT pg_advisory_xact_lock($1)");
            command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = key });
            batch.BatchCommands.Add(command);
        }

        await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public async Task CommitAsync(CancellationToken cancellationToken)
    {
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (transaction is not null)
        {
            await transaction.DisposeAsync().ConfigureAwait(false);
        }

        await connection.DisposeAsync().ConfigureAwait(false);
    }

    private NpgsqlCommand Command(string sql, (string Name, object? Value)[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection, transaction);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter(name, value ?? DBNull.Value));
        }

        return command;
    }
}
