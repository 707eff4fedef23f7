using Pacta.Core.Model;
using Pacta.Storage.Review;

namespace Pacta.Storage.Merging;

/// <summary>
/// One party set held in memory while a store writes: its mentions with the cluster and agreement ids they have now
/// and had when loaded, the analysts' decisions on it and the ids of its agreements. <see cref="Rebuild"/> does to
/// this state what a store's rebuild does to its tables, so a batch can rebuild after every document here and write
/// the party set once, and the rows end exactly as saving the documents one by one would leave them (ids are
/// inherited from the previous rebuild, so skipping the rebuilds in between could change them).
/// </summary>
public sealed class PartySetState
{
    private readonly SortedDictionary<string, Slot> _mentions = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<ReviewDecision> _decisions;
    private readonly HashSet<string> _decidedIds;
    private HashSet<string> _agreementIds;

    /// <param name="partySet">The party key (sorted codes joined by '-').</param>
    /// <param name="stored">Its stored mentions, with the ids their last rebuild gave them (null for none yet).</param>
    /// <param name="decisions">The decisions on its agreements, oldest first.</param>
    /// <param name="agreementIds">The ids of its stored agreements.</param>
    public PartySetState(
        string partySet,
        IEnumerable<(string Key, string? BaseId, string? AgreementId, AgreementMention Mention)> stored,
        IReadOnlyList<ReviewDecision> decisions,
        IEnumerable<string> agreementIds)
    {
        ArgumentNullException.ThrowIfNull(stored);
        PartySet = partySet;
        foreach (var (key, baseId, agreementId, mention) in stored)
        {
            _mentions.Add(key, new Slot(mention, baseId, agreementId));
        }

        _decisions = decisions;
        _decidedIds = decisions.Select(d => d.AgreementId).Concat(decisions.Select(d => d.OtherId).OfType<string>()).ToHashSet(StringComparer.Ordinal);
        _agreementIds = agreementIds.ToHashSet(StringComparer.Ordinal);
    }

    public string PartySet { get; }

    /// <summary>The ids of the party set's agreements as of the last rebuild (as loaded before any).</summary>
    public IReadOnlySet<string> AgreementIds => _agreementIds;

    /// <summary>The agreements of the last <see cref="Rebuild"/>; null while none ran.</summary>
    public IReadOnlyList<MergedAgreement>? Merged { get; private set; }

    /// <summary>A mention just stored, with no cluster yet.</summary>
    public void Add(string key, AgreementMention mention) => _mentions.Add(key, new Slot(mention, null, null));

    /// <summary>Merges the mentions again (<see cref="AgreementMerger"/>): each mention takes the cluster and agreement
    /// ids the merge gives it, and the party set's agreements become the merged ones.</summary>
    public IReadOnlyList<MergedAgreement> Rebuild()
    {
        var records = _mentions.Select(m => new MentionRecord(m.Key, m.Value.BaseId, m.Value.Mention)).ToList();

        // Ids begin with their party set (upper-case codes; dates and kinds cannot look like one), so the ids a new
        // agreement of this party set must avoid are all in this party set: current, retired or decided on.
        var taken = new HashSet<string>(_agreementIds, StringComparer.Ordinal);
        taken.UnionWith(_mentions.Values.Select(m => m.BaseId).OfType<string>());
        taken.UnionWith(_decidedIds);

        var merged = AgreementMerger.Merge(records, _decisions, taken);
        foreach (var agreement in merged)
        {
            foreach (var member in agreement.Members)
            {
                var slot = _mentions[member.MentionKey];
                slot.BaseId = member.BaseId;
                slot.AgreementId = agreement.Id;
            }
        }

        _agreementIds = merged.Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        Merged = merged;
        return merged;
    }

    /// <summary>The mentions whose cluster or agreement id differs from what is stored, with their new ids: the only
    /// mention rows a write must update.</summary>
    public IEnumerable<(string Key, string? BaseId, string? AgreementId)> ChangedLinks() =>
        _mentions.Where(m => m.Value.BaseId != m.Value.StoredBaseId || m.Value.AgreementId != m.Value.StoredAgreementId)
            .Select(m => (m.Key, m.Value.BaseId, m.Value.AgreementId));

    private sealed class Slot(AgreementMention mention, string? baseId, string? agreementId)
    {
        public AgreementMention Mention { get; } = mention;

        public string? StoredBaseId { get; } = baseId;

        public string? StoredAgreementId { get; } = agreementId;

        public string? BaseId { get; set; } = baseId;

        public string? AgreementId { get; set; } = agreementId;
    }
}
