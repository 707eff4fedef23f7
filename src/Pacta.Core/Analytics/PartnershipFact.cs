using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// One agreement as the analytics and the exports see it: storage-free, so that agreements from the store and rows
/// of a dataset such as DCAD can be counted together.
/// </summary>
/// <param name="Id">The agreement's id in its origin (a store id, or a dataset row id).</param>
/// <param name="Parties">Two or more distinct parties; order carries no meaning.</param>
/// <param name="Date">
/// The date the agreement is counted at: its signature when known, else the date of the step reported. Undated facts
/// count only in all-time figures.
/// </param>
/// <param name="Status">The newest known step.</param>
/// <param name="SourceCount">How many documents (or dataset rows) support the agreement.</param>
/// <param name="StatusDates">Dates of later steps when known (ratification, entry into force, termination).</param>
public sealed record PartnershipFact(
    string Id,
    IReadOnlyList<PartyCode> Parties,
    PartialDate? Date,
    AgreementStatus Status,
    AgreementKind Kind,
    AgreementDomain Domain,
    int SourceCount,
    FactOrigin Origin,
    IReadOnlyList<StatusDate> StatusDates)
{
    public PartnershipFact(
        string id,
        IReadOnlyList<PartyCode> parties,
        PartialDate? date,
        AgreementStatus status = AgreementStatus.Signed,
        AgreementKind kind = AgreementKind.Agreement,
        AgreementDomain domain = AgreementDomain.Defense,
        int sourceCount = 1,
        FactOrigin origin = FactOrigin.News)
        : this(id, parties, date, status, kind, domain, sourceCount, origin, [])
    {
    }

    /// <summary>
    /// The fact of an extracted agreement: its fields as they are, its sources the distinct documents of its evidence
    /// (at least one), origin <see cref="FactOrigin.News"/>, no step dates (a single agreement keeps no history).
    /// </summary>
    public static PartnershipFact FromAgreement(Agreement agreement) => new(
        agreement.Id,
        agreement.Parties,
        agreement.Date,
        agreement.Status,
        agreement.Kind,
        agreement.Domain,
        Math.Max(1, agreement.Evidence.Select(e => e.DocumentId).Distinct(StringComparer.Ordinal).Count()),
        FactOrigin.News,
        []);

    /// <summary>The date of <paramref name="status"/> from <see cref="StatusDates"/>, if known.</summary>
    public PartialDate? DateOf(AgreementStatus status)
    {
        foreach (var step in StatusDates)
        {
            if (step.Status == status)
            {
                return step.Date;
            }
        }

        return null;
    }
}
