using Pacta.Core.Analytics;
using Pacta.Core.Model;

namespace Pacta.TestKit;

/// <summary>Short ways to write <see cref="PartnershipFact"/>s in analytics and export tests.</summary>
public static class SampleFacts
{
    /// <summary>A signed defence agreement from the news; <paramref name="date"/> is "YYYY[-MM[-DD]]" or null.</summary>
    public static PartnershipFact Fact(string id, string? date, params string[] parties) =>
        new(id, Parties(parties), date is null ? null : PartialDate.Parse(date));

    public static PartyCode[] Parties(params string[] codes) => codes.Select(c => new PartyCode(c)).ToArray();

    /// <summary>
    /// Kazakhstan as the seed article tells it, with an earlier year for the timeline: 2022 with Türkiye twice and
    /// Russia once, 2023 with Serbia, Qatar and Türkiye, and one CSTO-wide (multilateral) plan in 2023.
    /// </summary>
    public static IReadOnlyList<PartnershipFact> Kazakhstan() =>
    [
        Fact("kaz-tur-1", "2022-01-20", "KAZ", "TUR"),
        Fact("kaz-tur-2", "2022-05", "KAZ", "TUR"),
        Fact("kaz-rus-1", "2022", "RUS", "KAZ"),
        Fact("kaz-srb-1", "2023-11-15", "KAZ", "SRB"),
        Fact("kaz-qat-1", "2023-12-12", "QAT", "KAZ"),
        Fact("kaz-tur-3", "2023-03", "KAZ", "TUR"),
        new PartnershipFact(
            "csto-plan",
            Parties("KAZ", "RUS", "BLR"),
            PartialDate.OfYear(2023),
            AgreementStatus.Planned,
            AgreementKind.Plan,
            AgreementDomain.Security,
            sourceCount: 3,
            origin: FactOrigin.Dataset),
    ];
}
