using Pacta.Core.Model;

namespace Pacta.Storage.Merging;

/// <summary>
/// Groups the mentions of one party set into instruments. The mentions are taken in an order that depends only on
/// what they say (dated before undated, the most precise dates first, then by date, step, kind and key), never on
/// when they were ingested, and each joins the cluster it fits best (<see cref="MentionCluster.Fit"/>; ties go to
/// the larger, then the older cluster) or starts a new one. So the same mentions give the same clusters in any order.
/// </summary>
internal static class MentionClusterer
{
    public static List<MentionCluster> Cluster(IEnumerable<MentionRecord> mentions, IReadOnlySet<string> pinnedKeys)
    {
        var clusters = new List<MentionCluster>();
        foreach (var record in mentions.OrderBy(m => m, StableOrder.Instance))
        {
            if (pinnedKeys.Contains(record.Key))
            {
                clusters.Add(new MentionCluster(record, pinned: true));
                continue;
            }

            MentionCluster? best = null;
            var bestFit = 0;
            foreach (var cluster in clusters)
            {
                if (cluster.Fit(record) is { } fit && (fit > bestFit || (fit == bestFit && cluster.Members.Count > best!.Members.Count)))
                {
                    best = cluster;
                    bestFit = fit;
                }
            }

            if (best is null)
            {
                clusters.Add(new MentionCluster(record, pinned: false));
            }
            else
            {
                best.Add(record);
            }
        }

        return clusters;
    }

    private sealed class StableOrder : IComparer<MentionRecord>
    {
        public static readonly StableOrder Instance = new();

        public int Compare(MentionRecord? x, MentionRecord? y)
        {
            ArgumentNullException.ThrowIfNull(x);
            ArgumentNullException.ThrowIfNull(y);
            var (a, b) = (x.Mention, y.Mention);
            var byDate = (a.Date, b.Date) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                ({ } da, { } db) => db.Precision != da.Precision ? db.Precision.CompareTo(da.Precision) : da.CompareTo(db),
            };
            if (byDate != 0)
            {
                return byDate;
            }

            var byStep = LifeOrder.Rank(a.Status).CompareTo(LifeOrder.Rank(b.Status));
            if (byStep != 0)
            {
                return byStep;
            }

            var byKind = a.Kind.CompareTo(b.Kind);
            return byKind != 0 ? byKind : string.CompareOrdinal(x.Key, y.Key);
        }
    }
}
