using Npgsql;

namespace Pacta.Storage.Postgres;

/// <summary>
/// Applies the embedded scripts <c>Migrations/Postgres/NNNN_name.sql</c> not yet recorded in
/// <c>schema_migrations</c>. PostgreSQL runs DDL inside transactions, so the whole run is one transaction under an
/// advisory lock: a failed script leaves no trace, and processes starting at once migrate exactly once.
/// </summary>
internal static class PostgresMigrator
{
    public static IReadOnlyList<MigrationScript> Scripts { get; } = MigrationScript.For("Postgres");

    public static async Task<int> MigrateAsync(NpgsqlDataSource dataSource, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using var session = new PostgresSession(connection, await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false));
        await session.LockAsync([PostgresLockKeys.Migrations], cancellationToken).ConfigureAwait(false);
        await session.ExecuteAsync(
            """
            CREATE TABLE IF NOT EXISTS schema_migrations (
                version    integer PRIMARY KEY,
                name       text NOT NULL,
                applied_at timestamptz NOT NULL
            )
            """,
            cancellationToken).ConfigureAwait(false);
        var applied = (await session.RowsAsync("SELECT version FROM schema_migrations", r => r.GetInt32(0), cancellationToken).ConfigureAwait(false)).ToHashSet();
        var count = 0;
        foreach (var migration in Scripts.Where(s => !applied.Contains(s.Version)))
        {
            await session.ExecuteAsync(migration.ReadText(), cancellationToken).ConfigureAwait(false);
            await session.ExecuteAsync(
                "INSERT INTO schema_migrations (version, name, applied_at) VALUES (@version, @name, @at)",
                cancellationToken,
                ("version", migration.Version),
                ("name", migration.Name),
                ("at", now.ToUniversalTime())).ConfigureAwait(false);
            count++;
        }

        await session.CommitAsync(cancellationToken).ConfigureAwait(false);
        return count;
    }
}
