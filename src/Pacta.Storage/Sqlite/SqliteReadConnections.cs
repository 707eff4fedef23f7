using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace Pacta.Storage.Sqlite;

/// <summary>
/// Read-only connections to a store's file, opened when first needed and kept for reuse, so reads run side by side on
/// all cores: in WAL mode readers neither wait for the one writer nor for each other (a server's listings, while
/// `pacta ingest` writes). Each read is a deferred transaction, so the statements of one listing see one snapshot.
/// </summary>
internal sealed class SqliteReadConnections(string connectionString) : IDisposable
{
    /// <summary>Statements kept per connection; past this many distinct texts a connection compiles the rest each time.</summary>
    private const int MaxKeptStatements = 64;

    private readonly ConcurrentBag<SqliteConnection> _idle = [];
    private readonly ConcurrentDictionary<SqliteConnection, Dictionary<string, SqliteCommand>> _kept = new();
    private bool _disposed;

    public async Task<T> ReadAsync<T>(Func<SqliteTransaction, Task<T>> work)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var connection = _idle.TryTake(out var kept) ? kept : Open();
        try
        {
            using var transaction = connection.BeginTransaction(deferred: true);
            return await work(transaction).ConfigureAwait(false);
        }
        finally
        {
            if (_disposed)
            {
                Close(connection);
            }
            else
            {
                _idle.Add(connection);
            }
        }
    }

    /// <summary>The compiled command for <paramref name="sql"/> on the read connection of <paramref name="transaction"/>,
    /// kept from an earlier read (compiling a listing's statements cost more than running them); null when the
    /// transaction is not a read's or the connection keeps enough already. The caller must not dispose it.</summary>
    public SqliteCommand? Kept(SqliteTransaction transaction, string sql)
    {
        if (transaction.Connection is not { } connection || !_kept.TryGetValue(connection, out var commands))
        {
            return null;
        }

        if (!commands.TryGetValue(sql, out var command))
        {
            if (commands.Count >= MaxKeptStatements)
            {
                return null;
            }

            command = connection.CreateCommand();
            command.CommandText = sql;
            commands.Add(sql, command);
        }

        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            Close(connection);
        }
    }

    private void Close(SqliteConnection connection)
    {
        if (_kept.TryRemove(connection, out var commands))
        {
            foreach (var command in commands.Values)
            {
                command.Dispose();
            }
        }

        connection.Dispose();
    }

    /// <summary>How much of the file a reader maps into memory. Without a map, every page a listing touches outside
    /// the connection's small page cache was copied in by a read system call: on a store of 100,000 agreements that was
    /// most of a request's CPU time. Mapped, pages are read in place from the operating system's cache, which all
    /// readers share. Address space only: memory is used as pages are touched, and the OS may drop them.</summary>
    private const long MemoryMapBytes = 1L << 30;

    private SqliteConnection Open()
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = $"PRAGMA busy_timeout = 5000; PRAGMA mmap_size = {MemoryMapBytes};";
            pragma.ExecuteNonQuery();
            _kept[connection] = new Dictionary<string, SqliteCommand>(StringComparer.Ordinal);
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
