namespace Pacta.Core.Model;

/// <summary>
/// One instrument as one document reports it: every field with the words that support it. Several mentions of
/// one instrument in a document are consolidated into one <see cref="AgreementMention"/>.
/// </summary>
public sealed record AgreementMention(
    string DocumentId,
    IReadOnlyList<PartyCode> Parties,
    PartialDate? Date,
    AgreementStatus Status,
    AgreementKind Kind,
    AgreementDomain Domain,
    string? Place,
    IReadOnlyList<string> Signatories,
    double Confidence,
    IReadOnlyList<Evidence> Evidence,
    IReadOnlyList<FieldEvidence> Fields)
{
    /// <summary>The sorted party codes joined by '-', the key of the gold scorer.</summary>
    public string PartyKey => string.Join('-', Parties.Select(p => p.Value).Order(StringComparer.Ordinal));
}
