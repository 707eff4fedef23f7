using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.Storage;
using Pacta.TestKit;

namespace Pacta.Web.Tests.Support;

/// <summary>A temporary SQLite database built the way `pacta ingest` builds one: each test article through the
/// extraction pipeline, then saved in the store.</summary>
public sealed class TestDatabase : IDisposable
{
    public static readonly DateTimeOffset IngestedAt = new(2026, 1, 15, 9, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<ExtractionPipeline> Pipeline = new(() => new PipelineBuilder().Build());

    private readonly TempSqliteDatabase _file = new();

    private TestDatabase()
    {
    }

    public string Path => _file.Path;

    public static async Task<TestDatabase> CreateAsync()
    {
        var database = new TestDatabase();
        await SeedAsync(database.Path);
        return database;
    }

    /// <summary>Extracts and saves the test articles into the database at <paramref name="location"/> (a SQLite path
    /// or a PostgreSQL connection string).</summary>
    public static async Task SeedAsync(string location)
    {
        await using var store = AgreementStoreFactory.Open(location, new StoreOptions { Clock = new FixedClock(IngestedAt) });
        foreach (var (id, text) in TestArticles.All)
        {
            var result = Pipeline.Value.Process(new Document(id, id, text));
            await store.SaveAsync(result, IngestedAt);
        }
    }

    public void Dispose() => _file.Dispose();
}
