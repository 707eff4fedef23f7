namespace Pacta.Web.Contracts;

/// <summary>One agreement with everything behind it: status history (in the summary), sources, mentions and the
/// evidence sentences.</summary>
public sealed record AgreementDetail(
    AgreementSummary Agreement,
    IReadOnlyList<SourceView> Sources,
    IReadOnlyList<MentionView> Mentions,
    IReadOnlyList<EvidenceView> Evidence);
