using Pacta.Core.Evaluation;
using Xunit;

namespace Pacta.Core.Tests.Evaluation;

public sealed class ScorerTests
{
    [Fact]
    public void Score_Signatories_AreASetComparedAsKeysOnMatchedPairsOnly()
    {
        GoldDocument[] gold =
        [
            Gold("a", ["Luis Petri", "Troels Lund Poulsen"]),
            Gold("b", ["Luis Petri", "Troels Lund Poulsen"]),
            Gold("c", []),
            Gold("d", ["Luis Petri"]),
        ];
        var predictions = new Dictionary<string, IReadOnlyList<PredictedAgreement>>
        {
            ["a"] = [Predicted(["troels lund poulsen", "Luis Petrí"])],
            ["b"] = [Predicted(["Luis Petri"])],
            ["c"] = [Predicted([])],
            ["d"] = [Predicted(null)],
        };

        var overall = new Scorer().Score(gold, predictions).Overall;

        Assert.Equal((3, 2), (overall.Signers, overall.SignersCorrect));
        Assert.Equal(4, overall.TruePositives);
    }

    private static GoldDocument Gold(string id, string[] signatories) =>
        new(id, "es", [new GoldAgreement(["ARG", "DNK"], "signed", "2024-04-16", null, signatories)]);

    private static PredictedAgreement Predicted(string[]? signatories) => new(["DNK", "ARG"], "signed", "2024-04-16", null, signatories);
}
