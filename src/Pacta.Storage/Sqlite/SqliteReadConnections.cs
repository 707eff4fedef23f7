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
    private readonly ConcurrentBag<SqliteConnection> _idle = [];
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
                connection.Dispose();
            }
            else
            {
                _idle.Add(connection);
            }
        }
    }

    public void Dispose()
    {
        _disposed = true;
        while (_idle.TryTake(out var connection))
        {
            connection.Dispose();
        }
    }

    private SqliteConnection Open()
    {
        var builder = new SqliteConnectionStringBuilder(connectionString) { Mode = SqliteOpenMode.ReadOnly, Pooling = false };
        var connection = new SqliteConnection(builder.ConnectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = "PRAGMA busy_timeout = 5000;";
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }
}
