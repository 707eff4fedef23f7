using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Xunit;
using static Pacta.TestKit.SampleFacts;

namespace Pacta.Core.Tests.Analytics;

public sealed class PartnershipFactTests
{
    [Fact]
    public void FromAgreement_Evidence_CountsDistinctDocumentsAsSources()
    {
        var agreement = new Agreement(
            "a1",
            Parties("KAZ", "QAT"),
            PartialDate.Parse("2023-12-12"),
            AgreementStatus.Signed,
            AgreementKind.Agreement,
            AgreementDomain.Defense,
            Place: "Doha",
            Signatories: [],
            Confidence: 0.9,
            Evidence:
            [
                new Evidence("doc-1", new TextSpan(0, 10), "first"),
                new Evidence("doc-1", new TextSpan(20, 10), "again"),
                new Evidence("doc-2", new TextSpan(0, 10), "other"),
            ]);

        var fact = PartnershipFact.FromAgreement(agreement);

        Assert.Equal(("a1", 2, FactOrigin.News), (fact.Id, fact.SourceCount, fact.Origin));
        Assert.Equal(agreement.Parties, fact.Parties);
        Assert.Empty(fact.StatusDates);
    }

    [Fact]
    public void DateOf_KnownAndUnknownSteps()
    {
        var fact = Fact("a1", "2023", "KAZ", "QAT") with
        {
            StatusDates = [new StatusDate(AgreementStatus.InForce, PartialDate.Parse("2024-05"))],
        };

        Assert.Equal(PartialDate.Parse("2024-05"), fact.DateOf(AgreementStatus.InForce));
        Assert.Null(fact.DateOf(AgreementStatus.Terminated));
    }
}
