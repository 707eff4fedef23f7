using Npgsql;

namespace Pacta.TestKit;

/// <summary>The PostgreSQL server the tests may use: <c>$PACTA_TEST_PG</c>, a connection string to a server where
/// the user may create databases (`.ci/run` starts a throwaway cluster and sets it). Unset: the PostgreSQL tests are
/// skipped, so `dotnet test` passes on a machine without PostgreSQL.</summary>
public static class PostgresTestServer
{
    public const string Variable = "PACTA_TEST_PG";

    public static string? ConnectionString =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public static string SkipReason =>
        $"${Variable} is not set: no PostgreSQL server to test against (.ci/run starts one; or set {Variable}=\"Host=127.0.0.1;Port=5432;Username=postgres;Database=postgres\").";

    /// <summary>The server's connection string with another database.</summary>
    public static NpgsqlConnectionStringBuilder ForDatabase(string database) =>
        new(ConnectionString ?? throw new InvalidOperationException(SkipReason)) { Database = database };
}
