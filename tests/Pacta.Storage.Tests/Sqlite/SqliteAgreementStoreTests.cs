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
    public void Open_PostgresConnection_IsNotSupportedYet()
    {
        Assert.Throws<NotSupportedException>(() => AgreementStoreFactory.Open("Host=localhost;Database=pacta"));
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
