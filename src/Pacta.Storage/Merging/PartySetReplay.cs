using Pacta.Core.Model;

namespace Pacta.Storage.Merging;

/// <summary>
/// Saves many documents into the party sets of one batch as if each were saved alone: after each document, the
/// party sets it names are rebuilt in memory (<see cref="PartySetState"/>) and its outcome is taken from that
/// rebuild, so the outcomes and the final agreements are those of saving one by one, while the store reads each
/// party set once and writes it once per batch.
/// </summary>
public sealed class PartySetReplay
{
    private readonly SortedDictionary<string, PartySetState> _states = new(StringComparer.Ordinal);

    /// <summary>The party sets held, in key order (a store writes them in this order).</summary>
    public IEnumerable<PartySetState> States => _states.Values;

    public bool Holds(string partySet) => _states.ContainsKey(partySet);

    /// <summary>Takes a party set as loaded from the store, before any mention of the batch joins it.</summary>
    public void Hold(PartySetState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _states.Add(state.PartySet, state);
    }

    /// <summary>Adds the mentions of a newly stored document (every party set they name must be held) under their
    /// keys and rebuilds those party sets; returns what saving the document did.</summary>
    public IngestOutcome Add(string documentId, IReadOnlyList<AgreementMention> mentions, IReadOnlyList<string> keys)
    {
        ArgumentNullException.ThrowIfNull(mentions);
        ArgumentNullException.ThrowIfNull(keys);
        var partySets = mentions.Select(m => m.PartyKey).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var before = partySets.SelectMany(p => _states[p].AgreementIds).ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < mentions.Count; i++)
        {
            _states[mentions[i].PartyKey].Add(keys[i], mentions[i]);
        }

        var documentKeys = keys.Where((_, i) => mentions[i].DocumentId == documentId).ToHashSet(StringComparer.Ordinal);
        var touched = new List<string>();
        foreach (var partySet in partySets)
        {
            touched.AddRange(_states[partySet].Rebuild().Where(a => a.Members.Any(m => documentKeys.Contains(m.MentionKey))).Select(a => a.Id));
        }

        return IngestOutcome.Stored(documentId, touched, before);
    }
}
