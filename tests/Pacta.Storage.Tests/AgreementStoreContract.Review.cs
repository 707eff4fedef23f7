using Pacta.Core.Model;
using Pacta.Storage.Review;
using Xunit;

namespace Pacta.Storage.Tests;

public abstract partial class AgreementStoreContract
{
    private static ReviewDecision Decision(ReviewAction action, string id, string? other = null, string? mention = null, string? field = null, string? value = null) =>
        new(action, id, "analyst", T2, other, mention, field, value);

    [SkippableFact]
    public async Task ReviewAsync_Confirm_MarksTheAgreementAndTakesItOffTheQueue()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27", confidence: 0.9), Mention("a", "FRA-IND", "2024-01-26", confidence: 0.3, evidenceStart: 50)), T0);
        Assert.Equal(["FRA-IND-2024-01-26-agreement", "ESP-MAR-2024-02-27-agreement"], (await Store.ListAgreementsAsync(new AgreementQuery { ForReview = true })).Select(a => a.Id));

        var outcome = await Store.ReviewAsync(Decision(ReviewAction.Confirm, "FRA-IND-2024-01-26-agreement"));

        Assert.True(outcome.IsApplied);
        Assert.Equal(ReviewState.Confirmed, (await Store.GetAgreementAsync("FRA-IND-2024-01-26-agreement"))!.Review);
        Assert.Equal(["ESP-MAR-2024-02-27-agreement"], (await Store.ListAgreementsAsync(new AgreementQuery { ForReview = true })).Select(a => a.Id));
    }

    [SkippableFact]
    public async Task ReviewAsync_Reject_HidesTheAgreementEvenWhenMoreReportsArrive()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);

        await Store.ReviewAsync(Decision(ReviewAction.Reject, "ESP-MAR-2024-02-27-agreement"));
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27")), T1);

        Assert.Empty(await Store.ListAgreementsAsync(AgreementQuery.All));
        var rejected = Assert.Single(await Store.ListAgreementsAsync(new AgreementQuery { IncludeRejected = true }));
        Assert.Equal(ReviewState.Rejected, rejected.Review);
        Assert.Equal(2, rejected.Sources);
    }

    [SkippableFact]
    public async Task ReviewAsync_Edit_OverridesTheFieldAndSurvivesNewReports()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27", place: "Madrid")), T0);

        await Store.ReviewAsync(Decision(ReviewAction.Edit, "ESP-MAR-2024-02-27-agreement", field: "place", value: "Rabat"));
        await Store.ReviewAsync(Decision(ReviewAction.Edit, "ESP-MAR-2024-02-27-agreement", field: "kind", value: "memorandum"));
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27", place: "Madrid", confidence: 0.95)), T1);

        var stored = await SingleAgreementAsync();
        Assert.Equal("ESP-MAR-2024-02-27-agreement", stored.Id);
        Assert.Equal("Rabat", stored.Agreement.Place);
        Assert.Equal(AgreementKind.Memorandum, stored.Agreement.Kind);
        Assert.True(stored.Edited);
        Assert.Equal(2, stored.Sources);
    }

    [SkippableFact]
    public async Task ReviewAsync_Merge_JoinsTheOtherAgreementUnderTheKeptId()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-03-01")), T1);

        var outcome = await Store.ReviewAsync(Decision(ReviewAction.Merge, "ESP-MAR-2024-02-27-agreement", other: "ESP-MAR-2024-03-01-agreement"));
        await Store.SaveAsync(Article("c", "texte c", Mention("c", "ESP-MAR", "2024-03-01")), T2);

        Assert.True(outcome.IsApplied);
        var stored = await SingleAgreementAsync();
        Assert.Equal("ESP-MAR-2024-02-27-agreement", stored.Id);
        Assert.Equal(["a", "b", "c"], stored.Documents);
        Assert.Null(await Store.GetAgreementAsync("ESP-MAR-2024-03-01-agreement"));
    }

    [SkippableFact]
    public async Task ReviewAsync_Split_GivesTheMentionAnAgreementOfItsOwnThatStays()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27")), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-27")), T1);
        var mention = (await SingleAgreementAsync()).Mentions.Single(m => m.DocumentId == "b").Key;

        var outcome = await Store.ReviewAsync(Decision(ReviewAction.Split, "ESP-MAR-2024-02-27-agreement", mention: mention));
        await Store.SaveAsync(Article("c", "texte c", Mention("c", "ESP-MAR", "2024-02-27")), T2);

        Assert.True(outcome.IsApplied);
        var listed = (await Store.ListAgreementsAsync(AgreementQuery.All)).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        Assert.Equal(["ESP-MAR-2024-02-27-agreement", "ESP-MAR-2024-02-27-agreement-2"], listed.Select(a => a.Id));
        Assert.Equal(["a", "c"], listed[0].Documents);
        Assert.Equal(["b"], listed[1].Documents);
    }

    [SkippableFact]
    public async Task ReviewAsync_ImpossibleDecisions_AreRefusedWithAReasonAndNotStored()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27"), Mention("a", "FRA-IND", "2024-01-26", evidenceStart: 50)), T0);
        var before = Snapshot(await Store.ListAgreementsAsync(AgreementQuery.All));

        var unknown = await Store.ReviewAsync(Decision(ReviewAction.Confirm, "NO-SUCH-agreement"));
        var acrossParties = await Store.ReviewAsync(Decision(ReviewAction.Merge, "ESP-MAR-2024-02-27-agreement", other: "FRA-IND-2024-01-26-agreement"));
        var badValue = await Store.ReviewAsync(Decision(ReviewAction.Edit, "ESP-MAR-2024-02-27-agreement", field: "status", value: "rumoured"));
        var badField = await Store.ReviewAsync(Decision(ReviewAction.Edit, "ESP-MAR-2024-02-27-agreement", field: "parties", value: "ESP"));
        var lonelySplit = await Store.ReviewAsync(Decision(ReviewAction.Split, "ESP-MAR-2024-02-27-agreement", mention: "m-0000000000"));

        Assert.Contains("no agreement has the id", unknown.Problem, StringComparison.Ordinal);
        Assert.Contains("different parties", acrossParties.Problem, StringComparison.Ordinal);
        Assert.Contains("rumoured", badValue.Problem, StringComparison.Ordinal);
        Assert.Contains("cannot be edited", badField.Problem, StringComparison.Ordinal);
        Assert.Contains("is not a mention of", lonelySplit.Problem, StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(await Store.ListAgreementsAsync(AgreementQuery.All)));
    }

    [SkippableFact]
    public async Task ReplaceMentionsAsync_NewExtraction_KeepsIdsAndEveryDecision()
    {
        await Store.SaveAsync(Article("a", "texte a", Mention("a", "ESP-MAR", "2024-02-27"), Mention("a", "FRA-IND", "2024-01-26", evidenceStart: 50)), T0);
        await Store.SaveAsync(Article("b", "texte b", Mention("b", "ESP-MAR", "2024-02-28")), T0);
        await Store.SaveAsync(Article("c", "texte c", Mention("c", "KAZ-QAT", "2023-12-12"), Mention("c", "KAZ-QAT", "2023-12-12", AgreementStatus.Ratified, evidenceStart: 50)), T0);
        await Store.SaveAsync(Article("d", "texte d", Mention("d", "KAZ-QAT", "2023-12-12")), T0);
        var split = (await Store.GetAgreementAsync("KAZ-QAT-2023-12-12-agreement"))!.Mentions.Single(m => m.DocumentId == "d").Key;
        await Store.ReviewAsync(Decision(ReviewAction.Reject, "FRA-IND-2024-01-26-agreement"));
        await Store.ReviewAsync(Decision(ReviewAction.Merge, "ESP-MAR-2024-02-27-agreement", other: "ESP-MAR-2024-02-28-agreement"));
        await Store.ReviewAsync(Decision(ReviewAction.Edit, "ESP-MAR-2024-02-27-agreement", field: "place", value: "Rabat"));
        await Store.ReviewAsync(Decision(ReviewAction.Split, "KAZ-QAT-2023-12-12-agreement", mention: split));
        await Store.ReviewAsync(Decision(ReviewAction.Confirm, "KAZ-QAT-2023-12-12-agreement-2"));
        var before = Snapshot(await Store.ListAgreementsAsync(new AgreementQuery { IncludeRejected = true }));

        // The extractor changed: other confidences, and document c no longer reports the ratification.
        foreach (var (id, mentions) in new[]
        {
            ("a", new[] { Mention("a", "ESP-MAR", "2024-02-27", confidence: 0.5), Mention("a", "FRA-IND", "2024-01-26", evidenceStart: 50, confidence: 0.5) }),
            ("b", new[] { Mention("b", "ESP-MAR", "2024-02-28", confidence: 0.5) }),
            ("c", new[] { Mention("c", "KAZ-QAT", "2023-12-12", confidence: 0.5) }),
            ("d", new[] { Mention("d", "KAZ-QAT", "2023-12-12", confidence: 0.5) }),
        })
        {
            Assert.True(await Store.ReplaceMentionsAsync(Article(id, "texte " + id, mentions)));
        }

        var after = await Store.ListAgreementsAsync(new AgreementQuery { IncludeRejected = true });
        Assert.NotEqual(before, Snapshot(after));
        var byId = after.ToDictionary(a => a.Id);
        Assert.Equal(["ESP-MAR-2024-02-27-agreement", "FRA-IND-2024-01-26-agreement", "KAZ-QAT-2023-12-12-agreement", "KAZ-QAT-2023-12-12-agreement-2"], byId.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(ReviewState.Rejected, byId["FRA-IND-2024-01-26-agreement"].Review);
        Assert.Equal(["a", "b"], byId["ESP-MAR-2024-02-27-agreement"].Documents);
        Assert.Equal("Rabat", byId["ESP-MAR-2024-02-27-agreement"].Agreement.Place);
        Assert.Equal(["c"], byId["KAZ-QAT-2023-12-12-agreement"].Documents);
        Assert.Equal(AgreementStatus.Signed, byId["KAZ-QAT-2023-12-12-agreement"].Agreement.Status);
        Assert.Equal(["d"], byId["KAZ-QAT-2023-12-12-agreement-2"].Documents);
        Assert.Equal(ReviewState.Confirmed, byId["KAZ-QAT-2023-12-12-agreement-2"].Review);
        Assert.All(after, a => Assert.Equal(0.5, a.Agreement.Confidence));
    }

    [SkippableFact]
    public async Task ReplaceMentionsAsync_UnknownDocument_ReturnsFalse()
    {
        Assert.False(await Store.ReplaceMentionsAsync(Article("nowhere", "texte", Mention("nowhere", "ESP-MAR", null))));
    }

    [SkippableFact]
    public async Task GetDocumentAsync_StoredDocument_ReturnsItsTextAndMetadata()
    {
        await Store.SaveAsync(Article("a", "texte a"), T0);

        var document = await Store.GetDocumentAsync("a");

        Assert.Equal(new Document("a", "test:a", "texte a", "Title of a", null, new DateOnly(2024, 3, 1), "fr"), document);
        Assert.Null(await Store.GetDocumentAsync("b"));
        Assert.Equal(["a"], await Store.ListDocumentIdsAsync());
    }
}
