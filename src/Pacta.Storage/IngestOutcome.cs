namespace Pacta.Storage;

/// <summary>What saving one document did.</summary>
/// <param name="DocumentId">The document saved (or offered, for a duplicate).</param>
/// <param name="DuplicateOf">The id of the stored document with the same text or id; null when the document was stored.</param>
/// <param name="CreatedAgreements">Ids of the agreements the document's mentions created.</param>
/// <param name="UpdatedAgreements">Ids of the stored agreements its mentions were attached to.</param>
public sealed record IngestOutcome(
    string DocumentId,
    string? DuplicateOf,
    IReadOnlyList<string> CreatedAgreements,
    IReadOnlyList<string> UpdatedAgreements)
{
    public bool IsDuplicate => DuplicateOf is not null;

    public static IngestOutcome Duplicate(string documentId, string duplicateOf) => new(documentId, duplicateOf, [], []);

    /// <summary>A stored document: the agreements its mentions are in (<paramref name="touched"/>) that did not exist
    /// before it (<paramref name="before"/>: the ids of its party sets' agreements) were created, the others updated.</summary>
    public static IngestOutcome Stored(string documentId, IEnumerable<string> touched, IReadOnlySet<string> before)
    {
        var ids = touched.Distinct(StringComparer.Ordinal).ToList();
        return new(documentId, null, ids.Where(id => !before.Contains(id)).ToList(), ids.Where(before.Contains).ToList());
    }
}
