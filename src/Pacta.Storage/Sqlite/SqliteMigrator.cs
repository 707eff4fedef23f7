using Microsoft.Data.Sqlite;

namespace Pacta.Storage.Sqlite;

/// <summary>
/// Applies the embedded scripts <c>Migrations/Sqlite/NNNN_name.sql</c> in order, each in its own transaction
/// together with its row in <c>schema_migrations</c>, so a failed script leaves no trace and a second run applies
/// nothing.
/// </summary>
internal static class SqliteMigrator
{
    public static IReadOnlyList<MigrationScript> Scripts { get; } = MigrationScript.For("Sqlite");

    public static int Migrate(SqliteConnection connection, DateTimeOffset now)
    {
        using (var create = connection.CreateCommand())
        {
            create.CommandText = """
                CREATE TABLE IF NOT EXISTS schema_migrations (
                    version    INTEGER PRIMARY KEY,
                    name       TEXT NOT NULL,
                    applied_at TEXT NOT NULL
                );
                """;
            create.ExecuteNonQuery();
        }

        var applied = new HashSet<int>();
        using (var query = connection.CreateCommand())
        {
            query.CommandText = "SELECT version FROM schema_migrations";
            using var reader = query.ExecuteReader();
            while (reader.Read())
            {
                applied.Add(reader.GetInt32(0));
            }
        }

        var count = 0;
        foreach (var migration in Scripts)
        {
            if (applied.Contains(migration.Version))
            {
                continue;
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            using (var script = connection.CreateCommand())
            {
                script.Transaction = transaction;
                script.CommandText = migration.ReadText();
                script.ExecuteNonQuery();
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)";
                record.Parameters.AddWithValue("$version", migration.Version);
                record.Parameters.AddWithValue("$name", migration.Name);
                record.Parameters.AddWithValue("$at", SqliteValues.Timestamp(now));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            count++;
        }

        return count;
    }
}
