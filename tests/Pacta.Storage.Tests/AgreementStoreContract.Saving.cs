using Pacta.Core.Model;
using Xunit;

namespace Pacta.Storage.Tests;

public abstract partial class AgreementStoreContract
{
    [SkippableFact]
    public async Task SaveAsync_NewDocument_StoresDocumentAndAgreement()
    {
        var outcome = await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27", place: "Rabat")), T0);

        Assert.False(outcome.IsDuplicate);
        Assert.Equal("a", outcome.DocumentId);
        Assert.Equal(["ESP-MAR-2024-02-27-agreement"], outcome.CreatedAgreements);
        Assert.Empty(outcome.UpdatedAgreements);
        Assert.Equal(new StoreCounts(1, 1), await Store.CountsAsync());
        var stored = await SingleAgreementAsync();
        Assert.Equal("ESP-MAR", stored.PartyKey);
        Assert.Equal(PartialDate.OfDay(2024, 2, 27), stored.Agreement.Date);
        Assert.Equal(AgreementStatus.Signed, stored.Agreement.Status);
        Assert.Equal("Rabat", stored.Agreement.Place);
        Assert.Equal(["a"], stored.Documents);
        Assert.Equal(T0, stored.FirstSeen);
        Assert.Equal(T0, stored.LastSeen);
        var evidence = Assert.Single(stored.Agreement.Evidence);
        Assert.Equal("a", evidence.DocumentId);
        Assert.Equal("Les deux pays ont signé un accord de défense.", evidence.Quote);
    }

    [SkippableFact]
    public async Task SaveAsync_SameResultTwice_ChangesNothing()
    {
        var article = Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27"), Mention("a", "FRA-IND", null, AgreementStatus.Planned));
        await Store.SaveAsync(article, T0);
        var counts = await Store.CountsAsync();
        var before = Snapshot(await Store.ListAgreementsAsync(AgreementQuery.All));

        var second = await Store.SaveAsync(article, T1);

        Assert.True(second.IsDuplicate);
        Assert.Equal("a", second.DuplicateOf);
        Assert.Empty(second.CreatedAgreements);
        Assert.Empty(second.UpdatedAgreements);
        Assert.Equal(counts, await Store.CountsAsync());
        Assert.Equal(before, Snapshot(await Store.ListAgreementsAsync(AgreementQuery.All)));
    }

    [SkippableFact]
    public async Task SaveAsync_SameTextUnderAnotherId_IsDuplicateOfTheFirst()
    {
        await Store.SaveAsync(Article("a", "même texte", Mention("a", "ESP-MAR", "2024-02-27")), T0);

        var outcome = await Store.SaveAsync(Article("copy-of-a", "même texte", Mention("copy-of-a", "ESP-MAR", "2024-02-27")), T1);

        Assert.True(outcome.IsDuplicate);
        Assert.Equal("a", outcome.DuplicateOf);
        Assert.Equal(new StoreCounts(1, 1), await Store.CountsAsync());
        Assert.Equal(1, (await SingleAgreementAsync()).Sources);
    }

    [SkippableFact]
    public async Task SaveAsync_SameIdWithOtherText_IsDuplicateAndKeepsTheFirst()
    {
        await Store.SaveAsync(Article("a", "premier texte", Mention("a", "ESP-MAR", "2024-02-27")), T0);

        var outcome = await Store.SaveAsync(Article("a", "texte modifié", Mention("a", "FRA-IND", "2024-01-01")), T1);

        Assert.True(outcome.IsDuplicate);
        Assert.Equal(new StoreCounts(1, 1), await Store.CountsAsync());
        Assert.Equal("ESP-MAR", (await SingleAgreementAsync()).PartyKey);
    }

    [SkippableFact]
    public async Task SaveAsync_DocumentWithoutAgreements_StoresOnlyTheDocument()
    {
        var outcome = await Store.SaveAsync(Article("a", "rien à signaler"), T0);

        Assert.False(outcome.IsDuplicate);
        Assert.Empty(outcome.CreatedAgreements);
        Assert.Equal(new StoreCounts(1, 0), await Store.CountsAsync());
    }
}
