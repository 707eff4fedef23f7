using Npgsql;

namespace Pacta.Storage.Postgres;

/// <summary>Creates the database a connection string names when it does not exist yet, so `pacta ingest --db
/// "Host=…;Database=pacta"` works on a fresh server as a new SQLite file does; read-only commands get
/// <see cref="StoreNotFoundException"/> instead.</summary>
internal static class PostgresDatabaseCreator
{
    public static void EnsureExists(NpgsqlDataSource dataSource, NpgsqlConnectionStringBuilder builder, bool create, string location)
    {
        try
        {
            using var probe = dataSource.OpenConnection();
            return;
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.InvalidCatalogName)
        {
            if (!create)
            {
                throw new StoreNotFoundException(location);
            }
        }

        // CREATE DATABASE takes no parameters: the name is quoted as an identifier instead.
        var maintenance = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Database = "postgres", Pooling = false };
        using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE DATABASE {QuoteIdentifier(builder.Database!)}";
        try
        {
            command.ExecuteNonQuery();
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another process created it first: that is what we wanted.
        }
    }

    public static string QuoteIdentifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
