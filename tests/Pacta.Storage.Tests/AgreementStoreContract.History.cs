using Pacta.Core.Model;
using Xunit;

namespace Pacta.Storage.Tests;

public abstract partial class AgreementStoreContract
{
    [SkippableFact]
    public async Task SaveAsync_PlannedSignedRatifiedInThreeDocuments_IsOneAgreementWithThreeSteps()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "KAZ-QAT", "2023-11", AgreementStatus.Planned)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "KAZ-QAT", "2023-12-12", AgreementStatus.Signed)), T1);
        await Store.SaveAsync(Article("c", "texte c", Mention("c", "KAZ-QAT", "2024-06-05", AgreementStatus.Ratified)), T2);

        var stored = await SingleAgreementAsync();

        Assert.Equal("KAZ-QAT-2023-11-agreement", stored.Id);
        Assert.Equal(AgreementStatus.Ratified, stored.Agreement.Status);
        Assert.Equal(PartialDate.OfDay(2023, 12, 12), stored.Agreement.Date);
        Assert.Equal(
            [(AgreementStatus.Planned, "2023-11", "a"), (AgreementStatus.Signed, "2023-12-12", "b"), (AgreementStatus.Ratified, "2024-06-05", "c")],
            stored.History.Select(s => (s.Status, s.Date?.ToString(), stored.Mentions.Single(m => m.Key == Assert.Single(s.MentionKeys)).DocumentId)));
        Assert.Equal(3, stored.Sources);
    }

    [SkippableFact]
    public async Task SaveAsync_RatificationBeforeTheSigning_IsAnotherInstrument()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "KAZ-QAT", "2023-12-12", AgreementStatus.Signed)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "KAZ-QAT", "2022-03-01", AgreementStatus.Ratified)), T1);

        Assert.Equal(new StoreCounts(2, 2), await Store.CountsAsync());
    }

    [SkippableFact]
    public async Task SaveAsync_RatificationYearsAfterTheSigning_IsAnotherInstrument()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "KAZ-QAT", "2012-12-12", AgreementStatus.Signed)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "KAZ-QAT", "2023-03-01", AgreementStatus.Ratified)), T1);

        Assert.Equal(new StoreCounts(2, 2), await Store.CountsAsync());
    }

    [SkippableFact]
    public async Task SaveAsync_TwoAnnualPlans_StayApart()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "BLR-RUS", "2023-12-20", kind: AgreementKind.Plan)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "BLR-RUS", "2024-12-18", kind: AgreementKind.Plan)), T1);
        await Store.SaveAsync(Article("c", "texte c", Mention("c", "BLR-RUS", "2024-12", kind: AgreementKind.Plan)), T2);

        var listed = await Store.ListAgreementsAsync(AgreementQuery.All);

        Assert.Equal(["BLR-RUS-2024-12-18-plan", "BLR-RUS-2023-12-20-plan"], listed.Select(a => a.Id));
        Assert.Equal([2, 1], listed.Select(a => a.Sources));
    }

    [SkippableFact]
    public async Task SaveAsync_MemorandumAndTreatySameDay_StayApart()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "FRA-IND", "2024-01-26", kind: AgreementKind.Memorandum), Mention("a", "FRA-IND", "2024-01-26", kind: AgreementKind.Treaty, evidenceStart: 80)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "FRA-IND", "2024-01-26", kind: AgreementKind.Treaty)), T1);

        var listed = await Store.ListAgreementsAsync(AgreementQuery.All);

        Assert.Equal(["FRA-IND-2024-01-26-memorandum", "FRA-IND-2024-01-26-treaty"], listed.Select(a => a.Id).Order(StringComparer.Ordinal));
        Assert.Equal(2, listed.Single(a => a.Agreement.Kind == AgreementKind.Treaty).Sources);
    }

    [SkippableFact]
    public async Task SaveAsync_AnyIngestionOrder_GivesIdenticalRecordsUpToTheFrozenIdText()
    {
        ExtractionResult[] articles =
        [
            Article("a", "texte a", Mention("a", "KAZ-QAT", "2023-12-12")),
            Article("b", "texte b", Mention("b", "KAZ-QAT", "2023-12", signatories: ["Ruslan Zhaksylykov"])),
            Article("c", "texte c", Mention("c", "KAZ-QAT", "2024-05-02", AgreementStatus.Ratified, place: "Astana")),
            Article("d", "texte d", Mention("d", "KAZ-QAT", null, AgreementStatus.Planned, confidence: 0.4)),
            Article("e", "texte e", Mention("e", "KAZ-QAT", "2023-12-12", kind: AgreementKind.Memorandum), Mention("e", "KAZ-TUR", "2022-01", evidenceStart: 60)),
            Article("f", "texte f", Mention("f", "BLR-RUS", "2023-12-20", kind: AgreementKind.Plan)),
            Article("g", "texte g", Mention("g", "BLR-RUS", "2024-12-18", kind: AgreementKind.Plan, place: "Minsk")),
            Article("h", "texte h", Mention("h", "BLR-RUS", "2024", kind: AgreementKind.Plan, status: AgreementStatus.Planned)),
        ];
        var snapshots = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(5);
        for (var round = 0; round < 6; round++)
        {
            await ClearAsync();
            foreach (var article in round == 0 ? articles.AsEnumerable() : articles.OrderBy(_ => random.Next()))
            {
                await Store.SaveAsync(article, T0);
            }

            snapshots.Add(Snapshot(await Store.ListAgreementsAsync(AgreementQuery.All), withIds: false));
        }

        var only = Assert.Single(snapshots);
        Assert.Contains("|KAZ-QAT|2023-12-12|Ratified|Agreement|Defense|Astana|Ruslan Zhaksylykov|0.8|a;b;c;d|", only, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task SaveAsync_AnyIngestionOrderOfEquallyPreciseReports_GivesIdenticalRecordsAndIds()
    {
        ExtractionResult[] articles =
        [
            Article("a", "texte a", Mention("a", "KAZ-QAT", "2023-12-12")),
            Article("b", "texte b", Mention("b", "KAZ-QAT", "2023-12-12", signatories: ["Ruslan Zhaksylykov"])),
            Article("c", "texte c", Mention("c", "KAZ-QAT", "2023-12-12", kind: AgreementKind.Memorandum)),
            Article("d", "texte d", Mention("d", "BLR-RUS", "2023-12-20", kind: AgreementKind.Plan)),
            Article("e", "texte e", Mention("e", "BLR-RUS", "2024-12-18", kind: AgreementKind.Plan)),
        ];
        var snapshots = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(7);
        for (var round = 0; round < 5; round++)
        {
            await ClearAsync();
            foreach (var article in articles.OrderBy(_ => random.Next()))
            {
                await Store.SaveAsync(article, T0);
            }

            snapshots.Add(Snapshot(await Store.ListAgreementsAsync(AgreementQuery.All)));
        }

        Assert.Single(snapshots);
    }
}
