using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Pacta.Storage.Review;

namespace Pacta.Storage;

/// <summary>An agreement as the store keeps it: its fields and evidence, its status history, the documents that
/// report it (and how many distinct reports they are, near-duplicates counted once), when it was first and last
/// seen, its mentions and where it stands with the analysts.</summary>
public sealed record StoredAgreement(
    Agreement Agreement,
    IReadOnlyList<string> Documents,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen)
{
    public string Id => Agreement.Id;

    /// <summary>How many documents (URLs, files) report the agreement.</summary>
    public int Sources => Documents.Count;

    /// <summary>How many distinct reports: syndicated copies of one story count once.</summary>
    public int Reports { get; init; }

    /// <summary>The steps of its life, oldest first, each with its own date.</summary>
    public IReadOnlyList<StatusStep> History { get; init; } = [];

    public IReadOnlyList<StoredMention> Mentions { get; init; } = [];

    public IReadOnlyList<SourceDocument> SourceDocuments { get; init; } = [];

    public ReviewState Review { get; init; }

    /// <summary>An analyst changed a field: the fields shown are not all the machine's.</summary>
    public bool Edited { get; init; }

    /// <summary>The sorted party codes joined by '-'.</summary>
    public string PartyKey => string.Join('-', Agreement.Parties.Select(p => p.Value).Order(StringComparer.Ordinal));
}
