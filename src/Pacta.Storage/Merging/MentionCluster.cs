using Pacta.Core.Model;

namespace Pacta.Storage.Merging;

/// <summary>Mentions gathered into one instrument while clustering, with the date each step is known to.</summary>
internal sealed class MentionCluster
{
    private readonly List<MentionRecord> _members = [];
    private readonly Dictionary<AgreementStatus, PartialDate?> _stepDates = [];

    public MentionCluster(MentionRecord first, bool pinned)
    {
        Kind = first.Mention.Kind;
        Pinned = pinned;
        Add(first);
    }

    public AgreementKind Kind { get; private set; }

    /// <summary>A mention an analyst split out: it stays alone, whatever the machine would join to it.</summary>
    public bool Pinned { get; }

    public IReadOnlyList<MentionRecord> Members => _members;

    public void Add(MentionRecord record)
    {
        // A cluster of dataset rows takes the form the first news report gives it (see DatasetKinds).
        if (record.Mention.Kind != Kind && !DatasetDocument.IsDatasetRow(record.DocumentId))
        {
            Kind = record.Mention.Kind;
        }

        var status = record.Mention.Status;
        _stepDates[status] = _stepDates.TryGetValue(status, out var known)
            ? AgreementIdentity.MorePrecise(known, record.Mention.Date)
            : record.Mention.Date;
        _members.Add(record);
    }

    /// <summary>How well <paramref name="record"/> fits as one more report of this instrument: null when it cannot
    /// be the same instrument; higher is better. A report of a step already here, with a date that agrees at its
    /// precision, fits best; a new step fits when its date keeps the life in order (a ratification after the signing,
    /// within <see cref="LifeOrder.MaxYearsBetweenSteps"/>).</summary>
    public int? Fit(MentionRecord record)
    {
        var mention = record.Mention;
        // Domains do not separate: defense and security are the two labels of one scope, and reports of one text
        // disagree on them (a "security agreement" is "defence cooperation" elsewhere).
        if (Pinned || !DatasetKinds.Fit(record, Kind, _members))
        {
            return null;
        }

        // One document that reports two instruments alike has told us they are two.
        if (_members.Any(m => m.DocumentId == record.DocumentId && m.Mention.Status == mention.Status))
        {
            return null;
        }

        // Each row of a hand-coded dataset is one instrument by its coders' reading: two rows are never one, even of
        // one dyad and year (DCAD has USA–Canada twice in 1996). News joins at most one row this way.
        if (DatasetDocument.IsDatasetRow(record.DocumentId)
            && _members.Any(m => m.DocumentId != record.DocumentId && DatasetDocument.IsDatasetRow(m.DocumentId)))
        {
            return null;
        }

        if (_stepDates.TryGetValue(mention.Status, out var stepDate))
        {
            return AgreementIdentity.DateFit(mention.Date, stepDate) is { } fit ? 10 + fit : null;
        }

        if (mention.Date is not { } date)
        {
            return 1;
        }

        var rank = LifeOrder.Rank(mention.Status);
        var datedNeighbours = 0;
        foreach (var (status, known) in _stepDates)
        {
            if (known is not { } other)
            {
                continue;
            }

            var inOrder = LifeOrder.Rank(status) < rank
                ? LifeOrder.CanFollow(other, date, mention.Status)
                : LifeOrder.CanFollow(date, other, status);
            if (!inOrder)
            {
                return null;
            }

            datedNeighbours++;
        }

        return datedNeighbours > 0 ? 5 : 1;
    }
}
