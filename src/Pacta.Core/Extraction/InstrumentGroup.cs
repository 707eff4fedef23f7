using Pacta.Core.Model;

namespace Pacta.Core.Extraction;

/// <summary>The mentions of one instrument in one document, gathered during consolidation.</summary>
internal sealed class InstrumentGroup
{
    public InstrumentGroup(Candidate first)
    {
        Mentions.Add(first);
        Parties = first.Parties;
    }

    public List<Candidate> Mentions { get; } = [];

    public IReadOnlyList<PartyCode> Parties { get; }

    public string PartyKey => Mentions[0].PartyKey;

    /// <summary>The mention that reports the newest step: it gives the status and its date.</summary>
    public Candidate Lead => Mentions.Where(m => m.Status is not null).OrderByDescending(m => Rank(m.Status!.Value)).ThenByDescending(m => m.Date is not null).FirstOrDefault() ?? Mentions[0];

    public AgreementStatus? Status => Lead.Status;

    /// <summary>The kind the body's nouns give, else the headline's (a headline names instruments loosely).</summary>
    public AgreementKind Kind => Mentions.FirstOrDefault(m => !m.IsReference && m.Kind != AgreementKind.Other && !m.InHeadline)?.Kind
        ?? Mentions.FirstOrDefault(m => !m.IsReference && m.Kind != AgreementKind.Other)?.Kind
        ?? Mentions.FirstOrDefault(m => !m.IsReference)?.Kind ?? AgreementKind.Agreement;

    public PartialDate? DateOf(AgreementStatus status) =>
        Mentions.Where(m => m.Status == status && m.Date is not null).Select(m => m.Date).FirstOrDefault();

    public static int Rank(AgreementStatus status) => status switch
    {
        AgreementStatus.Planned => 0,
        AgreementStatus.Signed => 1,
        AgreementStatus.Ratified => 2,
        AgreementStatus.InForce => 3,
        _ => 4,
    };
}
