using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Pacta.Storage;

namespace Pacta.Web.Analytics;

/// <summary>
/// Stored agreements as the analytics count them. Planned agreements are left out unless asked for: a plan is not
/// yet a partnership, and counting it would make talk look like diversification.
/// </summary>
public static class StoredAgreementFacts
{
    public static IReadOnlyList<PartnershipFact> Of(IEnumerable<StoredAgreement> agreements, bool includePlanned) => agreements
        .Where(s => includePlanned || s.Agreement.Status != AgreementStatus.Planned)
        .Where(s => s.Agreement.Parties.Count >= 2)
        .Select(Fact)
        .ToArray();

    /// <summary>The fact of one stored agreement: its sources are its documents, its step dates its dated history.</summary>
    public static PartnershipFact Fact(StoredAgreement stored)
    {
        var a = stored.Agreement;
        var steps = stored.History
            .Where(s => s.Date is not null)
            .Select(s => new StatusDate(s.Status, s.Date!.Value))
            .ToArray();
        return new PartnershipFact(a.Id, a.Parties, a.Date, a.Status, a.Kind, a.Domain, Math.Max(1, stored.Sources), FactOrigin.News, steps);
    }
}
