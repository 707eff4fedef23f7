using Pacta.Core.Analytics;
using Pacta.Core.Model;

namespace Pacta.Storage.Analytics;

/// <summary>
/// Maps stored agreements to the <see cref="PartnershipFact"/>s that analytics and exports count, in one place for the
/// CLI and the web server. Every status but <c>planned</c> counts: a plan that is never signed is no partnership, and
/// counting plans would credit a state with partners it only talked to. A terminated agreement still counts in the
/// year it was signed. Rejected agreements are left out by the store query, not here.
/// </summary>
public static class StoredAgreementFacts
{
    /// <summary>The statuses that count as a partnership: signed and every later step.</summary>
    public static bool Counts(AgreementStatus status) => status != AgreementStatus.Planned;

    /// <summary>The counted agreements of <paramref name="agreements"/> as facts.</summary>
    public static IReadOnlyList<PartnershipFact> From(IEnumerable<StoredAgreement> agreements) =>
        agreements.Where(a => Counts(a.Agreement.Status)).Select(ToFact).ToList();

    /// <summary>
    /// One agreement as a fact: dated at its signature (else its first dated step), its sources the stored documents,
    /// its later steps from the status history. Origin <see cref="FactOrigin.Dataset"/> when a dataset row supports it
    /// (joined records included, since the hand-coded row is what vouches for the instrument), else
    /// <see cref="FactOrigin.News"/>; <see cref="EvidenceOrigins"/> tells joined records apart.
    /// </summary>
    public static PartnershipFact ToFact(StoredAgreement stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var a = stored.Agreement;
        var later = stored.History
            .Where(s => s.Status is not (AgreementStatus.Planned or AgreementStatus.Signed) && s.Date is not null)
            .Select(s => new StatusDate(s.Status, s.Date!.Value))
            .ToList();
        return new PartnershipFact(
            a.Id,
            a.Parties,
            a.Date,
            a.Status,
            a.Kind,
            a.Domain,
            Math.Max(1, stored.Sources),
            EvidenceOrigins(stored).Contains(FactOrigin.Dataset) ? FactOrigin.Dataset : FactOrigin.News,
            later);
    }

    /// <summary>Where the evidence of an agreement comes from: dataset rows, news documents, or both (a joined record).</summary>
    public static IReadOnlyList<FactOrigin> EvidenceOrigins(StoredAgreement stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        return stored.Documents
            .Select(d => DatasetDocument.IsDatasetRow(d) ? FactOrigin.Dataset : FactOrigin.News)
            .Distinct()
            .Order()
            .ToList();
    }
}
