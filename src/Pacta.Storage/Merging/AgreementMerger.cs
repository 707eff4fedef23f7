using Pacta.Storage.Review;

namespace Pacta.Storage.Merging;

/// <summary>
/// Rebuilds the agreements of one party set from all its mentions and the analysts' decisions on them. Pure: the
/// store loads the inputs, calls this and writes the result, so every provider merges the same way.
/// </summary>
/// <remarks>
/// Steps: split mentions are set apart; the rest are clustered (<see cref="MentionClusterer"/>); each cluster keeps
/// the id most of its mentions had before, or gets a new one (<see cref="AgreementIdentity"/>); merges join clusters
/// under the id of the agreement kept; confirm, reject and edit are applied last, in the order they were taken.
/// </remarks>
public static class AgreementMerger
{
    /// <param name="mentions">Every stored mention of one party set.</param>
    /// <param name="decisions">The decisions on agreements of this party set, oldest first.</param>
    /// <param name="takenIds">Ids already in use anywhere (including this party set's current ones): a new
    /// agreement never reuses one, so an id once given never names another instrument.</param>
    public static IReadOnlyList<MergedAgreement> Merge(
        IReadOnlyList<MentionRecord> mentions,
        IReadOnlyList<ReviewDecision> decisions,
        IReadOnlySet<string> takenIds)
    {
        if (mentions.Count == 0)
        {
            return [];
        }

        // A split mention's own agreement must not inherit the id it was split from (the latest split wins).
        var splitFrom = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var split in decisions.Where(d => d.Action == ReviewAction.Split && d.MentionKey is not null))
        {
            splitFrom[split.MentionKey!] = split.AgreementId;
        }

        var clusters = MentionClusterer.Cluster(mentions, splitFrom.Keys.ToHashSet(StringComparer.Ordinal));
        var baseIds = AssignIds(clusters, splitFrom, takenIds);

        // A later decision wins: a mention split out after a merge stays out, even though the merge joined its id.
        var splitAt = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var cluster in clusters.Where(c => c.Pinned))
        {
            splitAt[baseIds[cluster]] = decisions.ToList().FindLastIndex(d => d.Action == ReviewAction.Split && d.MentionKey == cluster.Members[0].Key);
        }

        var merges = new IdUnion();
        for (var i = 0; i < decisions.Count; i++)
        {
            var merge = decisions[i];
            if (merge.Action != ReviewAction.Merge || merge.OtherId is not { } other
                || !baseIds.ContainsValue(merge.AgreementId) || !baseIds.ContainsValue(other)
                || splitAt.GetValueOrDefault(merge.AgreementId, -1) > i || splitAt.GetValueOrDefault(other, -1) > i)
            {
                continue;
            }

            merges.Join(kept: merge.AgreementId, into: other);
        }

        var merged = new List<MergedAgreement>();
        foreach (var group in clusters.GroupBy(c => merges.Find(baseIds[c]), StringComparer.Ordinal))
        {
            var records = group.SelectMany(c => c.Members).ToList();
            var (agreement, steps) = AgreementSummarizer.Summarize(group.Key, records);
            var members = group.SelectMany(c => c.Members.Select(m => new MergedMember(m.Key, baseIds[c])))
                .OrderBy(m => m.MentionKey, StringComparer.Ordinal).ToList();
            var review = ReviewState.Unreviewed;
            var edited = false;
            foreach (var decision in decisions.Where(d => merges.Find(d.AgreementId) == group.Key))
            {
                switch (decision.Action)
                {
                    case ReviewAction.Confirm:
                        review = ReviewState.Confirmed;
                        break;
                    case ReviewAction.Reject:
                        review = ReviewState.Rejected;
                        break;
                    case ReviewAction.Edit when decision.Field is not null:
                        agreement = EditableField.Apply(agreement, decision.Field, decision.Value ?? "");
                        edited = true;
                        review = review == ReviewState.Unreviewed ? ReviewState.Confirmed : review;
                        break;
                }
            }

            merged.Add(new MergedAgreement(agreement, steps, review, edited, members));
        }

        return merged.OrderBy(m => m.Id, StringComparer.Ordinal).ToList();
    }

    /// <summary>Each cluster keeps the id most of its mentions had (ties: the smaller id); the largest clusters
    /// choose first, and split-off mentions last, so a growing agreement keeps its id and a split-off piece gets a
    /// new one (which it then keeps).</summary>
    private static Dictionary<MentionCluster, string> AssignIds(List<MentionCluster> clusters, Dictionary<string, string> splitFrom, IReadOnlySet<string> takenIds)
    {
        var ids = new Dictionary<MentionCluster, string>();
        var claimed = new HashSet<string>(StringComparer.Ordinal);
        var ordered = clusters.Select((c, i) => (Cluster: c, Index: i))
            .OrderBy(c => c.Cluster.Pinned).ThenByDescending(c => c.Cluster.Members.Count).ThenBy(c => c.Index).ToList();
        foreach (var (cluster, _) in ordered)
        {
            var inherited = cluster.Members
                .Where(m => m.PreviousBaseId is not null && !claimed.Contains(m.PreviousBaseId))
                .Where(m => !cluster.Pinned || splitFrom.GetValueOrDefault(m.Key) != m.PreviousBaseId)
                .GroupBy(m => m.PreviousBaseId!, StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => g.Key)
                .FirstOrDefault();
            if (inherited is not null)
            {
                ids[cluster] = inherited;
                claimed.Add(inherited);
            }
        }

        // New clusters are named after the inherited ones are known, so a new id never takes one a cluster keeps.
        foreach (var (cluster, _) in ordered.Where(c => !ids.ContainsKey(c.Cluster)))
        {
            var (draft, _) = AgreementSummarizer.Summarize("", cluster.Members);
            var id = AgreementIdentity.Unique(
                AgreementIdentity.BaseId(string.Join('-', draft.Parties.Select(p => p.Value)), draft.Date, draft.Kind),
                id => takenIds.Contains(id) || claimed.Contains(id));
            ids[cluster] = id;
            claimed.Add(id);
        }

        return ids;
    }
}
