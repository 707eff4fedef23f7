using Pacta.Core.Model;
using Pacta.Storage.Review;
using Xunit;

namespace Pacta.Storage.Tests;

/// <summary>The filters, orders and counts a listing page asks the database for.</summary>
public abstract partial class AgreementStoreContract
{
    private async Task SaveVariedAsync()
    {
        await Store.SaveAsync(Article("v1", "texte v1", Mention("v1", "ESP-MAR", "2024-02-27", confidence: 0.9, place: "Rabat")), T0);
        await Store.SaveAsync(Article("v2", "texte v2", Mention("v2", "FRA-MAR", "2022", AgreementStatus.Ratified, AgreementKind.Treaty, confidence: 0.5)), T0);
        await Store.SaveAsync(Article("v3", "texte v3", Mention("v3", "FRA-IND", "2023-12", AgreementStatus.Planned, AgreementKind.Plan, AgreementDomain.Security, confidence: 0.7)), T0);
        await Store.SaveAsync(Article("v4", "texte v4", Mention("v4", "KAZ-RUS", null, signatories: ["Сергей Шойгу"], confidence: 0.6,
            quote: "Министры обороны ПОДПИСАЛИ соглашение.")), T0);
        // A second source for ESP-MAR, so the "sources" order has something to sort.
        await Store.SaveAsync(Article("v5", "texte v5", Mention("v5", "ESP-MAR", "2024-02-27", confidence: 0.9)), T0);
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_PartnerKindDomainUntil_FilterInTheDatabase()
    {
        await SaveVariedAsync();

        var pair = await Store.ListAgreementsAsync(new AgreementQuery { Country = new PartyCode("MAR"), Partner = new PartyCode("FRA") });
        var partnerOnly = await Store.ListAgreementsAsync(new AgreementQuery { Partner = new PartyCode("MAR") });
        var treaties = await Store.ListAgreementsAsync(new AgreementQuery { Kind = AgreementKind.Treaty });
        var security = await Store.ListAgreementsAsync(new AgreementQuery { Domain = AgreementDomain.Security });
        var until = await Store.ListAgreementsAsync(new AgreementQuery { Until = new DateOnly(2023, 12, 1) });

        Assert.Equal(["FRA-MAR"], pair.Select(a => a.PartyKey));
        Assert.Equal(["ESP-MAR", "FRA-MAR"], partnerOnly.Select(a => a.PartyKey));
        Assert.Equal(["FRA-MAR"], treaties.Select(a => a.PartyKey));
        Assert.Equal(["FRA-IND"], security.Select(a => a.PartyKey));
        Assert.Equal(["FRA-IND", "FRA-MAR"], until.Select(a => a.PartyKey));
    }

    [SkippableTheory]
    [InlineData(0, 10, "ESP-MAR FRA-IND FRA-MAR")]
    [InlineData(1, 1, "FRA-IND")]
    [InlineData(0, 2, "ESP-MAR FRA-IND")]
    [InlineData(3, 5, "")]
    public async Task ListAgreementsAsync_SincePages_AreTheListingOrderWhetherTheMatchesFillThePageOrNot(int offset, int limit, string expected)
    {
        await SaveVariedAsync();

        // Since 2022-06-01: the 2024 and 2023-12 agreements, and the year-only 2022 one (it can end after the day).
        var page = await Store.ListAgreementsAsync(new AgreementQuery { Since = new DateOnly(2022, 6, 1), Offset = offset, Limit = limit });

        Assert.Equal(expected, string.Join(' ', page.Select(a => a.PartyKey)));
        Assert.Equal(3, await Store.CountAgreementsAsync(new AgreementQuery { Since = new DateOnly(2022, 6, 1) }, 1000));
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_Text_MatchesEveryWordIgnoringCaseInAnyAlphabet()
    {
        await SaveVariedAsync();

        var russian = await Store.ListAgreementsAsync(new AgreementQuery { Text = "подписали шойгу" });
        var place = await Store.ListAgreementsAsync(new AgreementQuery { Text = "rabat" });
        var both = await Store.ListAgreementsAsync(new AgreementQuery { Text = "rabat шойгу" });
        var withOtherFilter = await Store.ListAgreementsAsync(new AgreementQuery { Text = "title", Country = new PartyCode("FRA"), Limit = 1, Offset = 1 });

        Assert.Equal(["KAZ-RUS"], russian.Select(a => a.PartyKey));
        Assert.Equal(["ESP-MAR"], place.Select(a => a.PartyKey));
        Assert.Empty(both);
        Assert.Equal(["FRA-MAR"], withOtherFilter.Select(a => a.PartyKey));
    }

    [SkippableTheory]
    [InlineData("confidence", "FRA-MAR KAZ-RUS FRA-IND ESP-MAR")]
    [InlineData("-confidence", "ESP-MAR FRA-IND KAZ-RUS FRA-MAR")]
    [InlineData("-sources", "ESP-MAR FRA-IND FRA-MAR KAZ-RUS")]
    [InlineData("parties", "ESP-MAR FRA-IND FRA-MAR KAZ-RUS")]
    [InlineData("-status", "FRA-MAR ESP-MAR KAZ-RUS FRA-IND")]
    [InlineData("date", "KAZ-RUS FRA-MAR FRA-IND ESP-MAR")]
    [InlineData("-date", "ESP-MAR FRA-IND FRA-MAR KAZ-RUS")]
    [InlineData("-id", "KAZ-RUS FRA-MAR FRA-IND ESP-MAR")]
    public async Task ListAgreementsAsync_Order_SortsInTheDatabaseWithTheListingOrderBreakingTies(string sort, string expected)
    {
        await SaveVariedAsync();
        var order = AgreementOrder.Parse(sort) ?? throw new ArgumentException(sort);

        var listed = await Store.ListAgreementsAsync(new AgreementQuery { Order = order });
        var countryPage = await Store.ListAgreementsAsync(new AgreementQuery { Order = order, Country = new PartyCode("FRA"), Limit = 1 });

        Assert.Equal(expected, string.Join(' ', listed.Select(a => a.PartyKey)));
        Assert.Equal(expected.Split(' ').First(p => p.Contains("FRA", StringComparison.Ordinal)), Assert.Single(countryPage).PartyKey);
    }

    [SkippableFact]
    public async Task CountAgreementsAsync_CountsEveryMatchWhateverThePage()
    {
        await SaveVariedAsync();

        Assert.Equal(4, await Store.CountAgreementsAsync(new AgreementQuery { Limit = 1, Offset = 2 }));
        Assert.Equal(2, await Store.CountAgreementsAsync(new AgreementQuery { Country = new PartyCode("FRA") }));
        Assert.Equal(1, await Store.CountAgreementsAsync(new AgreementQuery { Text = "ШОЙГУ" }));
        Assert.Equal(0, await Store.CountAgreementsAsync(new AgreementQuery { Country = new PartyCode("USA") }));
        Assert.Equal(3, await Store.CountAgreementsAsync(AgreementQuery.All, atMost: 3));
        Assert.Equal(2, await Store.CountAgreementsAsync(new AgreementQuery { Country = new PartyCode("FRA") }, atMost: 3));
        Assert.Equal(1, await Store.CountAgreementsAsync(new AgreementQuery { Text = "title" }, atMost: 1));
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_CountryAfterRebuildAndReject_FollowsTheAgreements()
    {
        await SaveVariedAsync();
        var planned = Assert.Single(await Store.ListAgreementsAsync(new AgreementQuery { Country = new PartyCode("IND") }));

        // A later report dates the plan more precisely: the rebuilt party set must be found by country with its new date.
        await Store.SaveAsync(Article("v6", "texte v6", Mention("v6", "FRA-IND", "2023-12-04", AgreementStatus.Planned, AgreementKind.Plan, AgreementDomain.Security)), T1);
        var redated = Assert.Single(await Store.ListAgreementsAsync(new AgreementQuery { Country = new PartyCode("IND"), Since = new DateOnly(2023, 12, 4) }));
        Assert.Equal(planned.Id, redated.Id);
        Assert.Equal("2023-12-04", redated.Agreement.Date?.ToString());

        Assert.Equal(ReviewOutcome.Applied, await Store.ReviewAsync(new ReviewDecision(ReviewAction.Reject, planned.Id, "tester", T2)));
        Assert.Empty(await Store.ListAgreementsAsync(new AgreementQuery { Country = new PartyCode("IND") }));
        Assert.Equal(0, await Store.CountAgreementsAsync(new AgreementQuery { Country = new PartyCode("IND") }));
        Assert.Single(await Store.ListAgreementsAsync(new AgreementQuery { Country = new PartyCode("IND"), IncludeRejected = true }));
    }

    [SkippableFact]
    public async Task ListAgreementsAsync_WithoutMentions_KeepsEverythingElse()
    {
        await SaveVariedAsync();

        var full = await Store.ListAgreementsAsync(AgreementQuery.All);
        var lean = await Store.ListAgreementsAsync(new AgreementQuery { IncludeMentions = false });
        var leanText = await Store.ListAgreementsAsync(new AgreementQuery { IncludeMentions = false, Text = "rabat" });

        static string Fields(StoredAgreement s) => $"{s.Id} {s.PartyKey} {s.Agreement.Date} {s.Agreement.Status} {s.Agreement.Kind} {s.Agreement.Domain} "
            + $"{s.Agreement.Place} {string.Join('|', s.Agreement.Signatories)} {s.Agreement.Confidence}";
        Assert.Equal(full.Select(Fields), lean.Select(Fields));
        Assert.Equal(full.Select(a => (a.Sources, a.Reports, a.FirstSeen, a.Review)), lean.Select(a => (a.Sources, a.Reports, a.FirstSeen, a.Review)));
        Assert.Equal(full.Select(a => string.Join(' ', a.History.Select(s => s.Status))), lean.Select(a => string.Join(' ', a.History.Select(s => s.Status))));
        Assert.All(lean.Concat(leanText), a => Assert.Empty(a.Mentions));
        Assert.All(lean.Concat(leanText), a => Assert.Empty(a.Agreement.Evidence));
        Assert.Equal(["ESP-MAR"], leanText.Select(a => a.PartyKey));
    }
}
