using Pacta.Core.Model;
using Pacta.Storage.Review;
using Xunit;

namespace Pacta.Storage.Tests;

public abstract partial class AgreementStoreContract
{
    [SkippableFact]
    public async Task SaveManyAsync_NoDocuments_ReturnsNoOutcomes()
    {
        Assert.Empty(await Store.SaveManyAsync(Array.Empty<ExtractionResult>(), T0));
        Assert.Equal(new StoreCounts(0, 0), await Store.CountsAsync());
    }

    [SkippableFact]
    public async Task SaveManyAsync_PreparedDocuments_AreSavedAsThePlainResults()
    {
        var outcomes = await Store.SaveManyAsync(
            [
                PreparedDocument.Of(Article("a", "même texte", Mention("a", "ESP-MAR", "2024-02"))),
                PreparedDocument.Of(Article("copy-of-a", "même texte", Mention("copy-of-a", "ESP-MAR", "2024-02"))),
                PreparedDocument.Of(Article("c", "un autre texte", Mention("c", "FRA-IND", "2024-01-01"))),
            ],
            T0);

        Assert.Equal([null, "a", null], outcomes.Select(o => o.DuplicateOf));
        Assert.Equal(["ESP-MAR-2024-02-agreement"], outcomes[0].CreatedAgreements);
        Assert.Equal(new StoreCounts(2, 2), await Store.CountsAsync());
    }

    [SkippableFact]
    public async Task SaveManyAsync_DuplicatesWithinTheBatch_AreReportedAgainstTheFirst()
    {
        var outcomes = await Store.SaveManyAsync(
            [
                Article("a", "même texte", Mention("a", "ESP-MAR", "2024-02")),
                Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27", evidenceStart: 40)),
                Article("copy-of-a", "même texte", Mention("copy-of-a", "ESP-MAR", "2024-02")),
                Article("b", "autre texte", Mention("b", "FRA-IND", "2024-01-01")),
            ],
            T0);

        Assert.Equal([null, null, "a", "b"], outcomes.Select(o => o.DuplicateOf));
        Assert.Equal(["ESP-MAR-2024-02-agreement"], outcomes[0].CreatedAgreements);
        Assert.Equal(["ESP-MAR-2024-02-agreement"], outcomes[1].UpdatedAgreements);
        Assert.Empty(outcomes[1].CreatedAgreements);
        Assert.Equal(new StoreCounts(2, 1), await Store.CountsAsync());
        Assert.Equal("ESP-MAR-2024-02-agreement", (await SingleAgreementAsync()).Id);
    }

    [SkippableFact]
    public async Task SaveManyAsync_AfterDecisions_EndsAsSavingOneByOne()
    {
        var earlier = new[]
        {
            Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02", place: "Madrid")),
            Article("i", "texte i", Mention("i", "FRA-IND", "2024-01-26")),
            Article("i2", "texte i2", Mention("i2", "FRA-IND", "2024-03-02", kind: AgreementKind.Memorandum)),
        };
        ReviewDecision[] decisions =
        [
            Decision(ReviewAction.Edit, "ESP-MAR-2024-02-agreement", field: "place", value: "Rabat"),
            Decision(ReviewAction.Confirm, "FRA-IND-2024-01-26-agreement"),
            Decision(ReviewAction.Merge, "FRA-IND-2024-01-26-agreement", other: "FRA-IND-2024-03-02-memorandum"),
        ];
        var later = new[]
        {
            Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27", evidenceStart: 10)),
            Article("c", "texte a", Mention("c", "ESP-MAR", "2024-02")),
            Article("d", "rien à signaler"),
            Article("e", "Kazakhstan, Qatar sign military pact\n" + WireStory, Mention("e", "KAZ-QAT", "2023-12-12")),
            Article("f", "Kazakhstan and Qatar sign\n" + WireStory + "\nRead more.", Mention("f", "KAZ-QAT", "2023-12-12"), Mention("f", "FRA-IND", null, AgreementStatus.Planned, evidenceStart: 90)),
            Article("g", OtherStory, Mention("g", "KAZ-QAT", "2023-12", AgreementStatus.Planned), Mention("g", "KAZ-QAT", "2023-12-12", evidenceStart: 60), Mention("g", "KAZ-QAT", "2023-12-12", evidenceStart: 120)),
            Article("h", "texte h", Mention("h", "FRA-IND", "2024-01-26", AgreementStatus.Ratified), Mention("h", "ESP-MAR", "2024", evidenceStart: 30)),
            Article("j", "texte j", Mention("j", "ESP-MAR", "2025-06-01", kind: AgreementKind.Memorandum)),
            Article("k", "texte k", Mention("k", "FRA-IND", "2024-03-02", AgreementStatus.InForce, kind: AgreementKind.Memorandum)),
        };

        await AssertBatchesEndAsOneByOneAsync(earlier, decisions, later, batchSize: 4);
    }

    [SkippableTheory]
    [InlineData(1, 5)]
    [InlineData(2, 64)]
    [InlineData(3, 7)]
    public async Task SaveManyAsync_RandomMentions_EndsAsSavingOneByOne(int seed, int batchSize)
    {
        var random = new Random(seed);
        string[] partySets = ["ESP-MAR", "FRA-IND", "KAZ-QAT"];
        string?[] dates = [null, "2023", "2023-12", "2023-12-12", "2023-12-13", "2024-01", "2024-01-26"];
        var documents = new List<ExtractionResult>();
        for (var d = 0; d < 40; d++)
        {
            var id = $"doc-{d:00}";
            var mentions = Enumerable.Range(0, random.Next(0, 4)).Select(m => Mention(
                id,
                partySets[random.Next(partySets.Length)],
                dates[random.Next(dates.Length)],
                (AgreementStatus)random.Next(4),
                random.Next(3) == 0 ? AgreementKind.Memorandum : AgreementKind.Agreement,
                evidenceStart: m * 100)).ToArray();

            // Some texts repeat, so the batches hold duplicates of earlier documents and of each other.
            documents.Add(Article(id, $"texte {random.Next(30)}", mentions));
        }

        await AssertBatchesEndAsOneByOneAsync([], [], documents, batchSize);
    }

    /// <summary>Stores <paramref name="earlier"/> and the <paramref name="decisions"/>, then <paramref name="later"/>
    /// one by one; then again on a fresh database with <paramref name="later"/> in batches. Outcomes, agreements
    /// (ids included) and documents must be the same.</summary>
    private async Task AssertBatchesEndAsOneByOneAsync(ExtractionResult[] earlier, ReviewDecision[] decisions, IReadOnlyList<ExtractionResult> later, int batchSize)
    {
        var oneByOne = new List<IngestOutcome>();
        await PrepareAsync();
        foreach (var result in later)
        {
            oneByOne.Add(await Store.SaveAsync(result, T1));
        }

        var expected = await StateAsync();

        await ClearAsync();
        var batched = new List<IngestOutcome>();
        await PrepareAsync();
        foreach (var batch in later.Chunk(batchSize))
        {
            batched.AddRange(await Store.SaveManyAsync(batch, T1));
        }

        Assert.Equal(Describe(oneByOne), Describe(batched));
        Assert.Equal(expected, await StateAsync());

        async Task PrepareAsync()
        {
            foreach (var result in earlier)
            {
                await Store.SaveAsync(result, T0);
            }

            foreach (var decision in decisions)
            {
                Assert.True((await Store.ReviewAsync(decision)).IsApplied);
            }
        }

        async Task<string> StateAsync() =>
            Snapshot(await Store.ListAgreementsAsync(new AgreementQuery { IncludeRejected = true }))
            + string.Join(",", await Store.ListDocumentIdsAsync()) + (await Store.CountsAsync());

        static string Describe(IEnumerable<IngestOutcome> outcomes) => string.Join(
            "\n",
            outcomes.Select(o => $"{o.DocumentId} dup:{o.DuplicateOf} new:{string.Join(",", o.CreatedAgreements)} updated:{string.Join(",", o.UpdatedAgreements)}"));
    }
}
