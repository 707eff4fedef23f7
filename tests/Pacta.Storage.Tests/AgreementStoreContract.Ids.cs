using Pacta.Core.Model;
using Xunit;

namespace Pacta.Storage.Tests;

public abstract partial class AgreementStoreContract
{
    [SkippableFact]
    public async Task SaveAsync_NewAgreement_GetsReadableIdFromPartiesDateAndKind()
    {
        var outcome = await Store.SaveAsync(Article("a", "texte a", Mention("a", "QAT-KAZ", "2023-12-12")), T0);

        Assert.Equal(["KAZ-QAT-2023-12-12-agreement"], outcome.CreatedAgreements);
    }

    [SkippableFact]
    public async Task SaveAsync_UndatedAgreement_GetsIdWithoutDate()
    {
        var outcome = await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", null, kind: AgreementKind.Memorandum)), T0);

        Assert.Equal(["ESP-MAR-memorandum"], outcome.CreatedAgreements);
    }

    [SkippableFact]
    public async Task SaveAsync_CollidingIds_GetNumberedSuffixes()
    {
        // One document that reports three signings alike has told us they are three instruments.
        await Store.SaveAsync(
            Article(
                "a",
                "texte a",
                Mention("a", "KAZ-QAT", "2023-12-12", evidenceStart: 0),
                Mention("a", "KAZ-QAT", "2023-12-12", evidenceStart: 100),
                Mention("a", "KAZ-QAT", "2023-12-12", evidenceStart: 200)),
            T0);

        var ids = (await Store.ListAgreementsAsync(AgreementQuery.All)).Select(a => a.Id).Order(StringComparer.Ordinal);

        Assert.Equal(["KAZ-QAT-2023-12-12-agreement", "KAZ-QAT-2023-12-12-agreement-2", "KAZ-QAT-2023-12-12-agreement-3"], ids);
    }

    [SkippableFact]
    public async Task SaveAsync_LaterDocumentsWithMorePreciseDates_KeepIdsStable()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "KAZ-QAT", "2023-12", AgreementStatus.Planned)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "KAZ-QAT", "2023-12-12", AgreementStatus.Signed)), T1);
        var before = (await Store.ListAgreementsAsync(AgreementQuery.All)).Select(a => a.Id).Order(StringComparer.Ordinal).ToList();

        await Store.SaveAsync(Article("c", "texte c", Mention("c", "KAZ-QAT", "2023-12-12", AgreementStatus.Planned)), T2);
        await ReopenAsync();

        var after = (await Store.ListAgreementsAsync(AgreementQuery.All)).Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(["KAZ-QAT-2023-12-agreement"], before);
        Assert.Equal(before, after);
    }
}
