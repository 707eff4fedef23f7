namespace Pacta.Core.Model;

/// <summary>
/// An instrument as the dataset keeps it, built from the mentions of one or more documents.
/// </summary>
public sealed record Agreement(
    string Id,
    IReadOnlyList<PartyCode> Parties,
    PartialDate? Date,
    AgreementStatus Status,
    AgreementKind Kind,
    AgreementDomain Domain,
    string? Place,
    IReadOnlyList<string> Signatories,
    double Confidence,
    IReadOnlyList<Evidence> Evidence);
