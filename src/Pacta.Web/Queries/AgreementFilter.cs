using Pacta.Core.Model;
using Pacta.Storage;

namespace Pacta.Web.Queries;

/// <summary>
/// A checked listing request: what the store filters (<see cref="StoreQuery"/>) and what is filtered here, because
/// <see cref="AgreementQuery"/> has no such filter and the store interface is shared with other providers.
/// </summary>
public sealed record AgreementFilter(
    AgreementQuery StoreQuery,
    PartyCode? Partner,
    AgreementKind? Kind,
    AgreementDomain? Domain,
    DateOnly? Until,
    string? Text,
    AgreementSort Sort,
    int Page,
    int PageSize)
{
    public bool Matches(StoredAgreement stored)
    {
        var a = stored.Agreement;
        return (Partner is null || a.Parties.Contains(Partner.Value))
            && (Kind is null || a.Kind == Kind)
            && (Domain is null || a.Domain == Domain)
            && (Until is null || (a.Date is { } date && date.Start <= Until.Value))
            && (Text is null || TextSearch.Matches(stored, Text));
    }
}
