using Xunit;

namespace Pacta.Web.Tests.Support;

/// <summary>One test database and in-memory host shared by the read-only API tests of a class.</summary>
public sealed class SiteFixture : IAsyncLifetime
{
    private TestDatabase? _database;

    public PactaWebFactory Factory { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        Factory = new PactaWebFactory(_database.Path, PactaWebFactory.Token);
        Client = Factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        _database?.Dispose();
    }
}
