using Xunit;

namespace Pacta.Storage.Tests;

public abstract partial class AgreementStoreContract
{
    [SkippableFact]
    public async Task MigrateAsync_AfterOpen_AppliesNothing()
    {
        Assert.Equal(0, await Store.MigrateAsync());
        Assert.Equal(0, await Store.MigrateAsync());
    }

    [SkippableFact]
    public async Task OpenStore_Reopened_KeepsDataAndAppliesNoMigration()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);
        var before = Snapshot(await Store.ListAgreementsAsync(AgreementQuery.All));

        await ReopenAsync();

        Assert.Equal(0, await Store.MigrateAsync());
        Assert.Equal(new StoreCounts(1, 1), await Store.CountsAsync());
        Assert.Equal(before, Snapshot(await Store.ListAgreementsAsync(AgreementQuery.All)));
    }

    [SkippableFact]
    public async Task CountsAsync_NewStore_ReturnsZeros()
    {
        Assert.Equal(new StoreCounts(0, 0), await Store.CountsAsync());
        Assert.Empty(await Store.ListAgreementsAsync(AgreementQuery.All));
    }
}
