using Pacta.Core.Model;

namespace Pacta.Storage.Sqlite;

/// <summary>One row of the agreements table, before its evidence and sources are joined in.</summary>
internal sealed record AgreementRow(
    string Id,
    IReadOnlyList<PartyCode> Parties,
    PartialDate? Date,
    AgreementStatus Status,
    AgreementKind Kind,
    AgreementDomain Domain,
    string? Place,
    IReadOnlyList<string> Signatories,
    double Confidence,
    DateTimeOffset FirstSeen,
    DateTimeOffset LastSeen);
