using Npgsql;

namespace Pacta.TestKit;

/// <summary>
/// A fresh database for one test class on <see cref="PostgresTestServer"/>, dropped when the class is done. Each test
/// then works in a schema of its own inside it (<see cref="CreateSchemaAsync"/>), which is much cheaper than a
/// database per test and just as isolated for the store, whose SQL names no schema.
/// </summary>
public sealed class PostgresTestDatabase : IAsyncDisposable, IDisposable
{
    public PostgresTestDatabase()
    {
        if (PostgresTestServer.ConnectionString is null)
        {
            return;
        }

        Name = "pacta_test_" + Guid.NewGuid().ToString("N")[..16];
        Run(PostgresTestServer.ForDatabase("postgres"), $"CREATE DATABASE {Name}");
    }

    /// <summary>Null when no server is configured.</summary>
    public string? Name { get; }

    /// <summary>Creates an empty schema and returns a connection string whose search path is that schema.</summary>
    public string CreateSchema(string schema)
    {
        Run(Connection(), $"DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}");
        return new NpgsqlConnectionStringBuilder(Connection().ConnectionString) { SearchPath = schema }.ConnectionString;
    }

    public void DropSchema(string schema) => Run(Connection(), $"DROP SCHEMA IF EXISTS {schema} CASCADE");

    public void Dispose()
    {
        if (Name is not null)
        {
            NpgsqlConnection.ClearAllPools();
            Run(PostgresTestServer.ForDatabase("postgres"), $"DROP DATABASE IF EXISTS {Name} WITH (FORCE)");
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public NpgsqlConnectionStringBuilder Connection() => PostgresTestServer.ForDatabase(Name ?? throw new InvalidOperationException(PostgresTestServer.SkipReason));

    /// <summary>Runs test set-up DDL; names are made by the tests (letters, digits, underscores), never by input.</summary>
    private static void Run(NpgsqlConnectionStringBuilder builder, string sql)
    {
        using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Pooling = false }.ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
