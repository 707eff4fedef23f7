using Microsoft.Data.Sqlite;
using Pacta.Storage.Sqlite;

namespace Pacta.Storage;

/// <summary>Opens the store a path or connection string names. Today: a SQLite file path, or a SQLite connection
/// string ("Data Source=…"). PostgreSQL comes later behind the same <see cref="IAgreementStore"/>.</summary>
public static class AgreementStoreFactory
{
    /// <summary>Opens (and migrates) the store. Throws <see cref="StoreNotFoundException"/> when the database is
    /// missing and <see cref="StoreOptions.CreateIfMissing"/> is false, and <see cref="NotSupportedException"/> for
    /// a provider not implemented yet.</summary>
    public static IAgreementStore Open(string pathOrConnection, StoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnection);
        options ??= new StoreOptions();
        if (IsPostgres(pathOrConnection))
        {
            throw new NotSupportedException("PostgreSQL storage is not implemented yet; use a SQLite file path.");
        }

        var connectionString = pathOrConnection.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(pathOrConnection)
            : new SqliteConnectionStringBuilder { DataSource = pathOrConnection };
        return SqliteAgreementStore.Open(connectionString, options);
    }

    private static bool IsPostgres(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        value.Contains("Host=", StringComparison.OrdinalIgnoreCase);
}
