using Pacta.Storage.Reports;
using Xunit;

namespace Pacta.Storage.Tests.Reports;

public sealed class MinHashSignatureTests
{
    private const string Story = """
        Le Maroc et l'Espagne ont signé mardi à Rabat un accord de coopération en matière de défense. Le texte prévoit
        des exercices conjoints, la formation d'officiers dans les écoles militaires des deux pays et des échanges
        d'expérience dans le déminage humanitaire. Les deux ministres ont aussi évoqué la sécurité au Sahel.
        """;

    [Fact]
    public void Similarity_SameText_IsOne()
    {
        Assert.Equal(1.0, MinHashSignature.Of(Story)!.Similarity(MinHashSignature.Of(Story)!));
    }

    [Fact]
    public void IsNearDuplicateOf_CopyWithOtherHeadlineAndFooter_IsTrue()
    {
        var copy = "Défense : Rabat et Madrid signent un accord\nPar la rédaction\n" + Story.ToUpperInvariant() + "\nLire aussi : nos autres articles.";

        Assert.True(MinHashSignature.Of(Story)!.IsNearDuplicateOf(MinHashSignature.Of(copy)!));
    }

    [Fact]
    public void IsNearDuplicateOf_AnotherArticleOnTheSameSigning_IsFalse()
    {
        const string other = """
            Madrid et Rabat renforcent leurs liens militaires. Selon un chercheur, cet accord de défense signé à Rabat
            confirme le rapprochement entre les deux voisins après des années de tensions diplomatiques.
            """;

        Assert.True(MinHashSignature.Of(Story)!.Similarity(MinHashSignature.Of(other)!) < 0.2);
    }

    [Fact]
    public void Parse_ToString_RoundTrips()
    {
        var signature = MinHashSignature.Of(Story)!;

        var parsed = MinHashSignature.Parse(signature.ToString());

        Assert.Equal(1.0, signature.Similarity(parsed));
        Assert.Equal(signature.BandKeys(), parsed.BandKeys());
    }

    [Fact]
    public void Of_TextWithoutWords_IsNull()
    {
        Assert.Null(MinHashSignature.Of(" … — ! "));
    }
}
