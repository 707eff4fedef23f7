using Microsoft.Data.Sqlite;
using Pacta.Storage.Postgres;
using Pacta.Storage.Sqlite;

namespace Pacta.Storage;

/// <summary>Opens the store a path or connection string names: a PostgreSQL connection string
/// (<c>Host=…;Database=…</c>) or URI (<c>postgres://…</c>, <c>postgresql://…</c>) opens a
/// <see cref="PostgresAgreementStore"/>; anything else is a SQLite file path or SQLite connection string
/// (<c>Data Source=…</c>). Both behave the same behind <see cref="IAgreementStore"/>.</summary>
public static class AgreementStoreFactory
{
    /// <summary>Opens (and migrates) the store. Throws <see cref="StoreNotFoundException"/> when the database is
    /// missing and <see cref="StoreOptions.CreateIfMissing"/> is false.</summary>
    public static IAgreementStore Open(string pathOrConnection, StoreOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrConnection);
        options ??= new StoreOptions();
        if (PostgresConnectionString.IsPostgres(pathOrConnection))
        {
            return PostgresAgreementStore.Open(PostgresConnectionString.Parse(pathOrConnection), options);
        }

        var connectionString = pathOrConnection.Contains('=', StringComparison.Ordinal)
            ? new SqliteConnectionStringBuilder(pathOrConnection)
            : new SqliteConnectionStringBuilder { DataSource = pathOrConnection };
        return SqliteAgreementStore.Open(connectionString, options);
    }

    /// <summary>Whether <paramref name="pathOrConnection"/> names a PostgreSQL database (else SQLite).</summary>
    public static bool IsPostgres(string pathOrConnection) => PostgresConnectionString.IsPostgres(pathOrConnection);

    /// <summary>The location for messages, without a password.</summary>
    public static string Describe(string pathOrConnection)
    {
        if (!PostgresConnectionString.IsPostgres(pathOrConnection))
        {
            return pathOrConnection;
        }

        try
        {
            return PostgresConnectionString.Describe(PostgresConnectionString.Parse(pathOrConnection));
        }
        catch (ArgumentException)
        {
            // Opening will say what is wrong with it; the text itself may hold a password.
            return "(PostgreSQL connection string)";
        }
    }
}
