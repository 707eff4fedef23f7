using System.Globalization;
using System.Reflection;
using Microsoft.Data.Sqlite;

namespace Pacta.Storage.Sqlite;

/// <summary>
/// Applies the embedded scripts <c>Migrations/Sqlite/NNNN_name.sql</c> in order, each in its own transaction
/// together with its row in <c>schema_migrations</c>, so a failed script leaves no trace and a second run applies
/// nothing.
/// </summary>
internal static class SqliteMigrator
{
    private const string ResourcePrefix = "migrations/Sqlite/";

    public static IReadOnlyList<(int Version, string Name, string Resource)> Scripts { get; } = Discover();

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
        foreach (var (version, name, resource) in Scripts)
        {
            if (applied.Contains(version))
            {
                continue;
            }

            using var transaction = connection.BeginTransaction(deferred: false);
            using (var script = connection.CreateCommand())
            {
                script.Transaction = transaction;
                script.CommandText = Read(resource);
                script.ExecuteNonQuery();
            }

            using (var record = connection.CreateCommand())
            {
                record.Transaction = transaction;
                record.CommandText = "INSERT INTO schema_migrations (version, name, applied_at) VALUES ($version, $name, $at)";
                record.Parameters.AddWithValue("$version", version);
                record.Parameters.AddWithValue("$name", name);
                record.Parameters.AddWithValue("$at", SqliteValues.Timestamp(now));
                record.ExecuteNonQuery();
            }

            transaction.Commit();
            count++;
        }

        return count;
    }

    private static List<(int Version, string Name, string Resource)> Discover()
    {
        var scripts = new List<(int Version, string Name, string Resource)>();
        foreach (var resource in typeof(SqliteMigrator).Assembly.GetManifestResourceNames())
        {
            if (!resource.StartsWith(ResourcePrefix, StringComparison.Ordinal) || !resource.EndsWith(".sql", StringComparison.Ordinal))
            {
                continue;
            }

            var name = resource[ResourcePrefix.Length..^".sql".Length];
            var digits = name.Split('_', 2)[0];
            if (!int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                throw new InvalidOperationException($"Migration '{resource}' does not start with a version number (NNNN_name.sql).");
            }

            scripts.Add((version, name, resource));
        }

        scripts.Sort((a, b) => a.Version.CompareTo(b.Version));
        for (var i = 1; i < scripts.Count; i++)
        {
            if (scripts[i].Version == scripts[i - 1].Version)
            {
                throw new InvalidOperationException($"Two migrations have version {scripts[i].Version}.");
            }
        }

        return scripts;
    }

    private static string Read(string resource)
    {
        using var stream = typeof(SqliteMigrator).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"Missing embedded migration '{resource}'.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
