using Pacta.Core.Text;

namespace Pacta.Core.Evaluation;

/// <summary>
/// Scores extraction against gold documents exactly as shared/tools/score.py does: a prediction matches a gold
/// agreement when the party sets and statuses are equal, one-to-one per document, in order; the date is scored
/// on matched pairs, right when it equals the gold date at the gold's precision. Place is scored the same way,
/// ignoring case and diacritics, and so are the signatories (as a set) when the prediction gives them; score.py
/// scores neither, and its figures do not depend on them.
/// </summary>
public sealed class Scorer
{
    public EvaluationReport Score(IEnumerable<GoldDocument> gold, IReadOnlyDictionary<string, IReadOnlyList<PredictedAgreement>> predictions)
    {
        var byLanguage = new SortedDictionary<string, ScoreCounts>(StringComparer.Ordinal);
        var rows = new List<ScoreRow>();
        var negatives = 0;
        var negativesWithFalse = 0;
        var withoutOutput = 0;
        foreach (var document in gold)
        {
            if (!predictions.TryGetValue(document.Id, out var predicted))
            {
                withoutOutput++;
                predicted = [];
            }

            var counts = ScoreDocument(document, predicted, rows);
            byLanguage[document.Language] = (byLanguage.TryGetValue(document.Language, out var c) ? c : ScoreCounts.Zero) + counts;
            if (document.Agreements.Count == 0)
            {
                negatives++;
                negativesWithFalse += predicted.Count > 0 ? 1 : 0;
            }
        }

        var overall = byLanguage.Values.Aggregate(ScoreCounts.Zero, (a, b) => a + b);
        return new EvaluationReport(overall, byLanguage, negatives, negativesWithFalse, withoutOutput, rows);
    }

    /// <summary>The same people, in any order, as keys (case and marks aside).</summary>
    private static bool SameNames(IReadOnlyList<string> predicted, IReadOnlyList<string> gold) =>
        predicted.Select(n => KeyNormalizer.Normalize(n)).Order(StringComparer.Ordinal).SequenceEqual(gold.Select(n => KeyNormalizer.Normalize(n)).Order(StringComparer.Ordinal));

    private static ScoreCounts ScoreDocument(GoldDocument document, IReadOnlyList<PredictedAgreement> predicted, List<ScoreRow> rows)
    {
        var used = new bool[predicted.Count];
        int tp = 0, fn = 0, dates = 0, datesOk = 0, places = 0, placesOk = 0, signers = 0, signersOk = 0;
        foreach (var gold in document.Agreements)
        {
            var hit = -1;
            for (var j = 0; j < predicted.Count; j++)
            {
                if (!used[j] && predicted[j].Key == gold.Key)
                {
                    hit = j;
                    break;
                }
            }

            if (hit < 0)
            {
                fn++;
                rows.Add(new ScoreRow(document.Id, "missed", string.Join('-', gold.Parties.Order(StringComparer.Ordinal)), gold.Status));
                continue;
            }

            used[hit] = true;
            tp++;
            var prediction = predicted[hit];
            if (gold.Date is { } goldDate)
            {
                dates++;
                var date = prediction.Date ?? "";
                datesOk += date.Length >= goldDate.Length && date.StartsWith(goldDate, StringComparison.Ordinal) ? 1 : 0;
            }

            if (gold.Place is { } goldPlace)
            {
                places++;
                placesOk += prediction.Place is { } place && KeyNormalizer.Normalize(place) == KeyNormalizer.Normalize(goldPlace) ? 1 : 0;
            }

            if (prediction.Signatories is { } named)
            {
                // Every matched pair: "no signatories" is an answer too.
                signers++;
                signersOk += SameNames(named, gold.Signatories) ? 1 : 0;
            }
        }

        var fp = 0;
        for (var j = 0; j < predicted.Count; j++)
        {
            if (!used[j])
            {
                fp++;
                rows.Add(new ScoreRow(document.Id, "spurious", string.Join('-', predicted[j].Parties.Order(StringComparer.Ordinal)), predicted[j].Status));
            }
        }

        return new ScoreCounts(1, tp, fp, fn, dates, datesOk, places, placesOk, signers, signersOk);
    }
}
