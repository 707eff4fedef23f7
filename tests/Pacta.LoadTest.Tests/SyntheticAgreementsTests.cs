using Pacta.Storage;
using Pacta.TestKit;
using Xunit;

namespace Pacta.LoadTest.Tests;

public sealed class SyntheticAgreementsTests
{
    [Fact]
    public void Create_SameIndex_GivesSameDocument()
    {
        var first = SyntheticAgreements.Create(12_345);
        var second = SyntheticAgreements.Create(12_345);

        Assert.Equal(first.Document, second.Document);
        Assert.Equal(first.Agreements[0].PartyKey, second.Agreements[0].PartyKey);
        Assert.Equal(first.Agreements[0].Date, second.Agreements[0].Date);
    }

    [Fact]
    public void Create_EvidenceSpan_QuotesTheText()
    {
        var result = SyntheticAgreements.Create(7);
        var evidence = Assert.Single(result.Agreements[0].Evidence);

        Assert.Equal(evidence.Quote, result.Document.Text.Substring(evidence.Span.Start, evidence.Span.Length));
    }

    [Fact]
    public async Task Seed_SmallCount_GivesOneAgreementPerDocumentAndIsIdempotent()
    {
        using var database = new TempSqliteDatabase();

        var (counts, _) = await Seeder.SeedAsync(database.Path, 300, 2, TextWriter.Null, CancellationToken.None);
        var (again, _) = await Seeder.SeedAsync(database.Path, 300, 2, TextWriter.Null, CancellationToken.None);

        Assert.Equal(new StoreCounts(300, 300), counts);
        Assert.Equal(counts, again);
    }
}
