using Microsoft.Data.Sqlite;
using Pacta.Storage.Sqlite;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Storage.Tests.Sqlite;

/// <summary>The store contract on a temporary SQLite file, plus what is specific to SQLite.</summary>
public sealed class SqliteAgreementStoreTests : AgreementStoreContract
{
    private readonly TempSqliteDatabase _database = new();

    protected override IAgreementStore OpenStore() => AgreementStoreFactory.Open(_database.Path);

    protected override Task ClearDatabaseAsync()
    {
        foreach (var suffix in new[] { "", "-wal", "-shm" })
        {
            File.Delete(_database.Path + suffix);
        }

        return Task.CompletedTask;
    }

    protected override Task DeleteDatabaseAsync()
    {
        _database.Dispose();
        return Task.CompletedTask;
    }

    [Fact]
    public async Task Reads_WhileTheWriterSaves_RunSideBySideAndSeeEveryCommittedSave()
    {
        var writes = Task.Run(async () =>
        {
            for (var i = 0; i < 40; i++)
            {
                await Store.SaveAsync(Article($"w{i}", $"texte {i}", Mention($"w{i}", "ESP-MAR", $"2024-01-{1 + (i % 28):D2}", kind: (Core.Model.AgreementKind)(i / 28))), T0);
            }
        });
        var reads = Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
        {
            var seen = 0;
            while (!writes.IsCompleted)
            {
                var count = await Store.CountAgreementsAsync(AgreementQuery.All);
                Assert.True(count >= seen, "a later read saw fewer agreements than an earlier one");
                seen = count;
                // A save may land between the two reads, never be lost from the second.
                Assert.InRange((await Store.ListAgreementsAsync(new AgreementQuery { Limit = 5 })).Count, Math.Min(count, 5), 5);
            }
        })).ToList();

        await Task.WhenAll([writes, .. reads]);

        Assert.Equal(40, await Store.CountAgreementsAsync(AgreementQuery.All));
    }

    [Fact]
    public void Open_FilePath_CreatesSqliteStoreInWalMode()
    {
        Assert.IsType<SqliteAgreementStore>(Store);
        Assert.Equal("wal", Pragma("journal_mode"));
    }

    [Fact]
    public async Task Open_FreshDatabase_RecordsEachMigrationOnce()
    {
        await Store.MigrateAsync();
        await ReopenAsync();

        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT count(*), count(DISTINCT version), min(version) FROM schema_migrations";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.True(reader.GetInt64(0) >= 1);
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
        Assert.Equal(1, reader.GetInt64(2));
    }

    [Fact]
    public void Open_MissingFileWithoutCreate_ThrowsAndCreatesNothing()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("missing.db");

        var error = Assert.Throws<StoreNotFoundException>(() => AgreementStoreFactory.Open(path, new StoreOptions { CreateIfMissing = false }));

        Assert.Equal(path, error.Location);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public async Task Open_ExistingFileWithoutCreate_OpensIt()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);

        await using var second = AgreementStoreFactory.Open(_database.Path, new StoreOptions { CreateIfMissing = false });

        Assert.Equal(new StoreCounts(1, 1), await second.CountsAsync());
    }

    [Fact]
    public async Task Open_ConnectionString_IsAccepted()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("by-connection-string.db");

        var store = AgreementStoreFactory.Open($"Data Source={path}");
        await store.DisposeAsync();

        Assert.True(File.Exists(path));
    }

    [Fact]
    public async Task PingAsync_OpenStore_IsTrue()
    {
        Assert.True(await Store.PingAsync());
    }

    [Fact]
    public async Task Open_DatabaseOfSchemaVersion1_KeepsDocumentsAndReprocessRebuildsAgreements()
    {
        await Store.DisposeAsync();
        await ClearDatabaseAsync();
        using (var connection = Connect())
        {
            Run(connection, Version1Script());
            Run(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            Run(connection, "INSERT INTO schema_migrations VALUES (1, '0001_initial', '2024-01-01T00:00:00.0000000Z')");
            Run(connection, "INSERT INTO documents (id, content_hash, source, text, ingested_at) VALUES ('a', 'h', 'test:a', 'Les deux pays ont signé un accord de défense.', '2024-01-01T00:00:00.0000000Z')");
            Run(connection, "INSERT INTO agreements (id, parties, status, kind, domain, confidence, first_seen, last_seen) VALUES ('ESP-MAR-agreement', 'ESP-MAR', 'signed', 'agreement', 'defense', 0.8, 'x', 'x')");
        }

        await ReopenAsync();
        var migrated = await Store.CountsAsync();
        var replaced = await Store.ReplaceMentionsAsync(Article("a", "Les deux pays ont signé un accord de défense.", Mention("a", "ESP-MAR", "2024-02-27")));

        Assert.Equal(new StoreCounts(1, 0), migrated);
        Assert.True(replaced);
        Assert.Equal("ESP-MAR-2024-02-27-agreement", (await SingleAgreementAsync()).Id);
        using var check = Connect();
        using var command = check.CreateCommand();
        command.CommandText = "SELECT count(*) FROM document_signatures WHERE document_id = 'a'";
        Assert.Equal(1L, command.ExecuteScalar());
    }

    [Fact]
    public async Task Open_DatabaseOfSchemaVersion3_MovesSignaturesSoNearDuplicatesStillJoinTheirReport()
    {
        await Store.DisposeAsync();
        await ClearDatabaseAsync();
        var story = string.Join(' ', Enumerable.Range(0, 60).Select(i => $"word{i}"));
        var signature = Pacta.Storage.Reports.MinHashSignature.Of(story)!;
        using (var connection = Connect())
        {
            Run(connection, "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
            foreach (var name in new[] { "0001_initial", "0002_knowledge_base", "0003_listing_index" })
            {
                Run(connection, MigrationScript(name));
                Run(connection, $"INSERT INTO schema_migrations VALUES ({int.Parse(name[..4], System.Globalization.CultureInfo.InvariantCulture)}, '{name}', '2024-01-01T00:00:00.0000000Z')");
            }

            Run(connection, $"INSERT INTO documents (id, content_hash, source, text, ingested_at, report_id, signature) VALUES ('old', 'h', 'test:old', '{story}', '2024-01-01T00:00:00.0000000Z', 'old', '{signature}')");
            foreach (var (band, key) in signature.BandKeys())
            {
                Run(connection, $"INSERT INTO document_bands VALUES ({band}, {key}, 'old')");
            }
        }

        await ReopenAsync();
        await Store.SaveAsync(Article("new", story + " Read more."), T0);

        using var check = Connect();
        using var command = check.CreateCommand();
        command.CommandText = "SELECT group_concat(report_id) FROM (SELECT report_id FROM documents ORDER BY id)";
        Assert.Equal("new,new", command.ExecuteScalar()); // one report, named after its smallest id
        command.CommandText = "SELECT signature FROM document_signatures WHERE document_id = 'old'";
        Assert.Equal(signature.ToBytes(), (byte[])command.ExecuteScalar()!);
    }

    private static string Version1Script() => MigrationScript("0001_initial");

    private static string MigrationScript(string name)
    {
        using var stream = typeof(SqliteAgreementStore).Assembly.GetManifestResourceStream($"migrations/Sqlite/{name}.sql")!;
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static void Run(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private SqliteConnection Connect()
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = _database.Path, Pooling = false }.ConnectionString);
        connection.Open();
        return connection;
    }

    private string Pragma(string name)
    {
        using var connection = Connect();
        using var command = connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (string)command.ExecuteScalar()!;
    }
}
