using Microsoft.Data.Sqlite;

namespace Pacta.Storage.Sqlite;

/// <summary>Parameterized commands on the store's one connection, one operation at a time.</summary>
public sealed partial class SqliteAgreementStore
{
    /// <summary>Runs <paramref name="work"/> alone on the connection: the store serializes its operations.</summary>
    private async Task<T> LockedAsync<T>(Func<Task<T>> work, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            return await work().ConfigureAwait(false);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Runs a read on a read connection beside the writer (file databases), else alone on the store's
    /// connection.</summary>
    private Task<T> ReadAsync<T>(Func<SqliteTransaction?, Task<T>> work, CancellationToken cancellationToken) =>
        _readers is { } readers ? readers.ReadAsync<T>(transaction => work(transaction)) : LockedAsync(() => work(null), cancellationToken);

    /// <summary>Rows grouped by their first column (an agreement id), for the agreements in the JSON array <paramref name="ids"/>.</summary>
    private async Task<Dictionary<string, List<T>>> GroupAsync<T>(SqliteTransaction? transaction, string sql, string ids, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        using var lease = Command(transaction, sql, ("$ids", ids));
        using var reader = await lease.Command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
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

    private async Task<List<T>> RowsAsync<T>(SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        var rows = new List<T>();
        using var lease = Command(transaction, sql, parameters);
        using var reader = await lease.Command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add(read(reader));
        }

        return rows;
    }

    private async Task ExecuteAsync(SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var lease = Command(transaction, sql, parameters);
        await lease.Command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private async Task<T?> ScalarAsync<T>(SqliteTransaction? transaction, string sql, CancellationToken cancellationToken, params (string Name, object? Value)[] parameters)
    {
        using var lease = Command(transaction, sql, parameters);
        var value = await lease.Command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return value is null or DBNull ? default : (T)value;
    }

    /// <summary>A command for <paramref name="sql"/> with its parameters: on a read connection the one it kept
    /// compiled, else a new one on the store's connection (or the transaction's).</summary>
    private CommandLease Command(SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var kept = transaction is null ? null : _readers?.Kept(transaction, sql);
        var command = kept ?? (transaction?.Connection ?? _connection).CreateCommand();
        if (kept is null)
        {
            command.Transaction = transaction;
            command.CommandText = sql;
        }

        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return new CommandLease(command, Owned: kept is null);
    }

    /// <summary>A command to run once; disposing it disposes the command only when no read connection keeps it.</summary>
    private readonly record struct CommandLease(SqliteCommand Command, bool Owned) : IDisposable
    {
        public void Dispose()
        {
            if (Owned)
            {
                Command.Dispose();
            }
        }
    }
}
