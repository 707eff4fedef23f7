namespace Pacta.Web.Contracts;

/// <summary>An agreement as the listings show it; field values in the vocabulary of GOLD-FORMAT.md.</summary>
public sealed record AgreementSummary(
    string Id,
    IReadOnlyList<string> Parties,
    string? Date,
    string Status,
    string Kind,
    string Domain,
    string? Place,
    IReadOnlyList<string> Signatories,
    double Confidence,
    int Sources,
    int Reports,
    string Review,
    bool Edited,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen,
    IReadOnlyList<StepView> History);
