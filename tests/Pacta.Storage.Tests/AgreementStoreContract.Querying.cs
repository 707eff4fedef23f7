using Pacta.Core.Model;
using Xunit;

namespace Pacta.Storage.Tests;

public abstract partial class AgreementStoreContract
{
    private async Task SaveSampleAsync()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "FRA-IND", "2023-12", AgreementStatus.Planned)), T0);
        await Store.SaveAsync(Article("c", "texte c", Mention("c", "FRA-MAR", null, AgreementStatus.Ratified)), T0);
        await Store.SaveAsync(Article("d", "texte d", Mention("d", "NATO-UKR", "2023-11-30")), T0);
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_NoFilter_ReturnsLatestDateFirstAndUndatedLast()
    {
        await SaveSampleAsync();

        var listed = await Store.ListAgreementsAsync(AgreementQuery.All);

        Assert.Equal(["ESP-MAR", "FRA-IND", "NATO-UKR", "FRA-MAR"], listed.Select(a => a.PartyKey));
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_Country_ReturnsItsAgreements()
    {
        await SaveSampleAsync();

        var mar = await Store.ListAgreementsAsync(new AgreementQuery { Country = new PartyCode("MAR") });
        var nato = await Store.ListAgreementsAsync(new AgreementQuery { Country = new PartyCode("NATO") });
        var none = await Store.ListAgreementsAsync(new AgreementQuery { Country = new PartyCode("USA") });

        Assert.Equal(["ESP-MAR", "FRA-MAR"], mar.Select(a => a.PartyKey));
        Assert.Equal(["NATO-UKR"], nato.Select(a => a.PartyKey));
        Assert.Empty(none);
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_Status_ReturnsThatStatus()
    {
        await SaveSampleAsync();

        var signed = await Store.ListAgreementsAsync(new AgreementQuery { Status = AgreementStatus.Signed });

        Assert.Equal(["ESP-MAR", "NATO-UKR"], signed.Select(a => a.PartyKey));
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_Since_ReturnsDatesThatCanFallOnOrAfterIt()
    {
        await SaveSampleAsync();

        var since = await Store.ListAgreementsAsync(new AgreementQuery { Since = new DateOnly(2023, 12, 10) });
        var sinceDay = await Store.ListAgreementsAsync(new AgreementQuery { Since = new DateOnly(2024, 2, 27) });

        Assert.Equal(["ESP-MAR", "FRA-IND"], since.Select(a => a.PartyKey));
        Assert.Equal(["ESP-MAR"], sinceDay.Select(a => a.PartyKey));
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_CombinedFiltersAndLimit_ReturnsTheIntersection()
    {
        await SaveSampleAsync();

        var listed = await Store.ListAgreementsAsync(new AgreementQuery { Country = new PartyCode("FRA"), Status = AgreementStatus.Planned, Since = new DateOnly(2023, 1, 1) });
        var limited = await Store.ListAgreementsAsync(new AgreementQuery { Limit = 2 });

        Assert.Equal(["FRA-IND"], listed.Select(a => a.PartyKey));
        Assert.Equal(["ESP-MAR", "FRA-IND"], limited.Select(a => a.PartyKey));
        Assert.All(limited, a => Assert.Single(a.Agreement.Evidence));
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_LimitAndOffset_PagesThroughTheListingOrder()
    {
        await SaveSampleAsync();

        var first = await Store.ListAgreementsAsync(new AgreementQuery { Limit = 2 });
        var second = await Store.ListAgreementsAsync(new AgreementQuery { Limit = 2, Offset = 2 });
        var rest = await Store.ListAgreementsAsync(new AgreementQuery { Offset = 3 });

        Assert.Equal(["ESP-MAR", "FRA-IND"], first.Select(a => a.PartyKey));
        Assert.Equal(["NATO-UKR", "FRA-MAR"], second.Select(a => a.PartyKey));
        Assert.Equal(["FRA-MAR"], rest.Select(a => a.PartyKey));
    }
}
