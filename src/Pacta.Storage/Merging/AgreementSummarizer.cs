using Pacta.Core.Model;

namespace Pacta.Storage.Merging;

/// <summary>
/// The fields of one agreement from all its mentions, each chosen by a rule that does not depend on the order of the
/// mentions: the most precise date of each step, the newest step as status, the signing date as the date, kind and
/// domain by confidence-weighed vote, the place of the most confident report, signatories by how many reports name
/// them, the highest confidence.
/// </summary>
internal static class AgreementSummarizer
{
    public static (Agreement Agreement, IReadOnlyList<StatusStep> Steps) Summarize(string id, IReadOnlyList<MentionRecord> members)
    {
        var mentions = members.Select(m => m.Mention).ToList();
        var steps = members
            .GroupBy(m => m.Mention.Status)
            .OrderBy(g => LifeOrder.Rank(g.Key))
            .Select(g => new StatusStep(g.Key, BestDate(g.Select(m => m.Mention.Date)), g.Select(m => m.Key).Order(StringComparer.Ordinal).ToList()))
            .ToList();
        var date = steps.FirstOrDefault(s => s.Status == AgreementStatus.Signed)?.Date ?? steps.FirstOrDefault(s => s.Date is not null)?.Date;
        var agreement = new Agreement(
            id,
            mentions[0].Parties.Order().ToList(),
            date,
            steps[^1].Status,
            Majority(DatasetKinds.FormReports(mentions), m => m.Kind),
            Majority(mentions, m => m.Domain),
            Place(mentions),
            mentions.SelectMany(m => m.Signatories.Distinct(StringComparer.Ordinal))
                .GroupBy(s => s, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key).ToList(),
            mentions.Max(m => m.Confidence),
            mentions.SelectMany(m => m.Evidence).Distinct()
                .OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ThenBy(e => e.Span.End)
                .ToList());
        return (agreement, steps);
    }

    /// <summary>The most precise date; among equally precise ones the most reported, then the earliest.</summary>
    private static PartialDate? BestDate(IEnumerable<PartialDate?> dates)
    {
        var known = dates.OfType<PartialDate>().ToList();
        return known.Count == 0
            ? null
            : known.GroupBy(d => d)
                .OrderByDescending(g => g.Key.Precision).ThenByDescending(g => g.Count()).ThenBy(g => g.Key)
                .First().Key;
    }

    /// <summary>The value the reports give most, each weighed by its confidence (ties: the first in the enum).</summary>
    private static T Majority<T>(IEnumerable<AgreementMention> mentions, Func<AgreementMention, T> value)
        where T : struct, Enum =>
        mentions.GroupBy(value).OrderByDescending(g => g.Sum(m => m.Confidence)).ThenBy(g => g.Key).First().Key;

    private static string? Place(IReadOnlyList<AgreementMention> mentions)
    {
        var placed = mentions.Where(m => m.Place is not null).ToList();
        return placed
            .OrderByDescending(m => m.Confidence)
            .ThenByDescending(m => placed.Count(o => o.Place == m.Place))
            .ThenBy(m => m.Place, StringComparer.Ordinal)
            .FirstOrDefault()?.Place;
    }
}
