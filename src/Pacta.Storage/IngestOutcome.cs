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
}
