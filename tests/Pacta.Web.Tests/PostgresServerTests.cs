using Pacta.TestKit;
using Pacta.Web.Tests.Support;
using Xunit;

namespace Pacta.Web.Tests;

/// <summary>The same server over PostgreSQL: the API answers exactly as over SQLite, and readiness asks the database.
/// Skipped without <c>$PACTA_TEST_PG</c>.</summary>
public sealed class PostgresServerTests(PostgresTestDatabase database, SiteFixture sqlite) : IClassFixture<PostgresTestDatabase>, IClassFixture<SiteFixture>
{
    [SkippableTheory]
    [InlineData("/api/agreements")]
    [InlineData("/api/agreements?country=KAZ&sort=parties")]
    [InlineData("/api/agreements?q=doha&pageSize=1")]
    [InlineData("/api/agreements?since=2023&until=2023-12&exactTotal=true")]
    [InlineData("/api/countries/KAZ")]
    public async Task Api_OverPostgres_AnswersAsOverSqlite(string path)
    {
        Skip.If(database.Name is null, PostgresTestServer.SkipReason);
        var connection = database.CreateSchema("api_" + Math.Abs(path.GetHashCode(StringComparison.Ordinal)));
        await TestDatabase.SeedAsync(connection);
        await using var factory = new PactaWebFactory(connection, "");
        using var client = factory.CreateClient();

        var overPostgres = await client.GetStringAsync(path);
        var overSqlite = await sqlite.Client.GetStringAsync(path);

        Assert.Equal(overSqlite, overPostgres);
    }

    [SkippableFact]
    public async Task Readiness_OverPostgres_IsHealthy()
    {
        Skip.If(database.Name is null, PostgresTestServer.SkipReason);
        var connection = database.CreateSchema("ready");
        await TestDatabase.SeedAsync(connection);
        await using var factory = new PactaWebFactory(connection, "");
        using var client = factory.CreateClient();

        Assert.Equal("Healthy", await client.GetStringAsync("/readyz"));
    }
}
