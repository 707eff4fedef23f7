using Npgsql;
using Pacta.Storage.Postgres;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Storage.Tests.Postgres;

/// <summary>The store contract on PostgreSQL (a fresh database per class, a fresh schema per test), plus what is
/// specific to PostgreSQL. Skipped when <c>$PACTA_TEST_PG</c> is unset.</summary>
public sealed class PostgresAgreementStoreTests : AgreementStoreContract, IClassFixture<PostgresTestDatabase>
{
    private readonly PostgresTestDatabase _database;
    private readonly string _schema = "t_" + Guid.NewGuid().ToString("N")[..12];
    private string? _connectionString;

    public PostgresAgreementStoreTests(PostgresTestDatabase database)
    {
        _database = database;
    }

    protected override IAgreementStore OpenStore()
    {
        Skip.If(_database.Name is null, PostgresTestServer.SkipReason);
        _connectionString ??= _database.CreateSchema(_schema);
        return AgreementStoreFactory.Open(_connectionString);
    }

    protected override Task ClearDatabaseAsync()
    {
        _connectionString = _database.CreateSchema(_schema);
        return Task.CompletedTask;
    }

    protected override Task DeleteDatabaseAsync()
    {
        if (_connectionString is not null)
        {
            NpgsqlConnection.ClearAllPools();
            _database.DropSchema(_schema);
        }

        return Task.CompletedTask;
    }

    [SkippableFact]
    public async Task Open_ConnectionString_CreatesPostgresStoreThatAnswersPing()
    {
        Assert.IsType<PostgresAgreementStore>(Store);
        Assert.True(await Store.PingAsync());
    }

    [SkippableFact]
    public async Task Open_FreshSchema_RecordsEachMigrationOnce()
    {
        await Store.MigrateAsync();
        await ReopenAsync();

        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*), count(DISTINCT version), min(version) FROM schema_migrations", connection);
        await using var reader = await command.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        Assert.True(reader.GetInt64(0) >= 1);
        Assert.Equal(reader.GetInt64(0), reader.GetInt64(1));
        Assert.Equal(1, reader.GetInt32(2));
    }

    [SkippableFact]
    public void Open_MissingDatabaseWithoutCreate_Throws()
    {
        var missing = _database.Connection();
        missing.Database = "pacta_missing_" + Guid.NewGuid().ToString("N")[..12];

        var error = Assert.Throws<StoreNotFoundException>(() => AgreementStoreFactory.Open(missing.ConnectionString, new StoreOptions { CreateIfMissing = false }));

        Assert.Contains(missing.Database, error.Location, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Open_MissingDatabaseWithCreate_CreatesItFromUri()
    {
        var name = "pacta_created_" + Guid.NewGuid().ToString("N")[..12];
        var server = _database.Connection();
        var uri = $"postgresql://{server.Username}@{server.Host}:{server.Port}/{name}";
        try
        {
            await using (var store = AgreementStoreFactory.Open(uri))
            {
                Assert.Equal(new StoreCounts(0, 0), await store.CountsAsync());
            }
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(PostgresTestServer.ForDatabase("postgres").ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    [SkippableFact]
    public async Task Store_SharedByConcurrentCallers_StoresEachDocumentOnce()
    {
        // One store instance used by many tasks at once (a server's requests, ingest workers): every save takes its
        // own pooled connection; the same article offered by several of them is stored once.
        var articles = Enumerable.Range(0, 24)
            .Select(i => Article($"d{i % 12}", $"texte {i % 12}", Mention($"d{i % 12}", i % 3 == 0 ? "ESP-MAR" : "FRA-IND", $"2024-0{1 + (i % 12 % 9)}-1{i % 12 % 10}")))
            .ToList();

        var outcomes = await Task.WhenAll(articles.Select(a => Task.Run(() => Store.SaveAsync(a, T0))));
        var listings = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => Store.ListAgreementsAsync(AgreementQuery.All))));

        Assert.Equal(12, outcomes.Count(o => !o.IsDuplicate));
        Assert.Equal(12, (await Store.CountsAsync()).Documents);
        Assert.All(listings, l => Assert.NotEmpty(l));
    }
}
