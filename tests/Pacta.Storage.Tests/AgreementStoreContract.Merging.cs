using Pacta.Core.Model;
using Xunit;

namespace Pacta.Storage.Tests;

public abstract partial class AgreementStoreContract
{
    [SkippableFact]
    public async Task SaveAsync_SameInstrumentInTwoDocuments_MergesIntoOneAgreementWithTwoSources()
    {
        var first = await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);

        var second = await Store.SaveAsync(Article("b", "texte b", Mention("b", "MAR-ESP", "2024-02-27", evidenceStart: 40)), T1);

        var id = Assert.Single(first.CreatedAgreements);
        Assert.Empty(second.CreatedAgreements);
        Assert.Equal([id], second.UpdatedAgreements);
        Assert.Equal(new StoreCounts(2, 1), await Store.CountsAsync());
        var stored = await SingleAgreementAsync();
        Assert.Equal(2, stored.Sources);
        Assert.Equal(["a", "b"], stored.Documents);
        Assert.Equal(["a", "b"], stored.Agreement.Evidence.Select(e => e.DocumentId));
        Assert.Equal(T0, stored.FirstSeen);
        Assert.Equal(T1, stored.LastSeen);
    }

    [SkippableFact]
    public async Task SaveAsync_DifferentDays_StayApart()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-28")), T1);

        var listed = await Store.ListAgreementsAsync(AgreementQuery.All);

        Assert.Equal(["ESP-MAR-2024-02-28-agreement", "ESP-MAR-2024-02-27-agreement"], listed.Select(a => a.Id));
        Assert.All(listed, a => Assert.Equal(1, a.Sources));
    }

    [SkippableFact]
    public async Task SaveAsync_MonthThenDay_KeepsTheDayAndTheId()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02")), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27")), T1);

        var stored = await SingleAgreementAsync();

        Assert.Equal("ESP-MAR-2024-02-agreement", stored.Id);
        Assert.Equal(PartialDate.OfDay(2024, 2, 27), stored.Agreement.Date);
        Assert.Equal(2, stored.Sources);
    }

    [SkippableFact]
    public async Task SaveAsync_DayThenYear_KeepsTheDay()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024")), T1);

        var stored = await SingleAgreementAsync();

        Assert.Equal(PartialDate.OfDay(2024, 2, 27), stored.Agreement.Date);
        Assert.Equal(2, stored.Sources);
    }

    [SkippableFact]
    public async Task SaveAsync_IncompatibleMonths_StayApart()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02")), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-03-01")), T1);

        Assert.Equal(new StoreCounts(2, 2), await Store.CountsAsync());
    }

    [SkippableFact]
    public async Task SaveAsync_UndatedMention_JoinsTheDatedAgreement()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", null)), T1);

        var stored = await SingleAgreementAsync();

        Assert.Equal(PartialDate.OfDay(2024, 2, 27), stored.Agreement.Date);
        Assert.Equal(2, stored.Sources);
    }

    [SkippableFact]
    public async Task SaveAsync_DatedMention_DatesTheUndatedAgreement()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", null)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27")), T1);

        var stored = await SingleAgreementAsync();

        Assert.Equal("ESP-MAR-agreement", stored.Id);
        Assert.Equal(PartialDate.OfDay(2024, 2, 27), stored.Agreement.Date);
    }

    [SkippableFact]
    public async Task SaveAsync_OtherKindOrParties_StayApartButAnotherStepJoins()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27", AgreementStatus.Ratified)), T0);
        await Store.SaveAsync(Article("c", "texte c", Mention("c", "ESP-MAR", "2024-02-27", kind: AgreementKind.Memorandum)), T0);
        await Store.SaveAsync(Article("d", "texte d", Mention("d", "ESP-FRA-MAR", "2024-02-27")), T0);

        Assert.Equal(new StoreCounts(4, 3), await Store.CountsAsync());
    }

    [SkippableFact]
    public async Task SaveAsync_MergedMention_AddsPlaceAndSignatoriesAndKeepsHighestConfidence()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27", signatories: ["Margarita Robles"], confidence: 0.6)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27", place: "Rabat", signatories: ["Margarita Robles", "Abdellatif Loudiyi"], confidence: 0.9)), T1);
        await Store.SaveAsync(Article("c", "texte c", Mention("c", "ESP-MAR", "2024-02-27", place: "Madrid", confidence: 0.5)), T2);

        var stored = await SingleAgreementAsync();

        Assert.Equal("Rabat", stored.Agreement.Place);
        Assert.Equal(["Margarita Robles", "Abdellatif Loudiyi"], stored.Agreement.Signatories);
        Assert.Equal(0.9, stored.Agreement.Confidence, 6);
        Assert.Equal(3, stored.Sources);
        Assert.Equal(T2, stored.LastSeen);
    }

    [SkippableFact]
    public async Task SaveAsync_OlderClockOnLaterSave_SpansEarliestToLatest()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T1);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27")), T0);

        var stored = await SingleAgreementAsync();

        Assert.Equal(T0, stored.FirstSeen);
        Assert.Equal(T1, stored.LastSeen);
    }

    [SkippableFact]
    public async Task SaveAsync_SameSigningCalledDefenseAndSecurity_MergesAndVotesTheDomain()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "DEU-UKR", "2024-02-16", domain: AgreementDomain.Security, confidence: 0.9)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "DEU-UKR", "2024-02", domain: AgreementDomain.Defense, confidence: 0.7)), T1);

        var stored = await SingleAgreementAsync();

        Assert.Equal(AgreementDomain.Security, stored.Agreement.Domain);
        Assert.Equal(2, stored.Sources);
    }
}
