using System.Globalization;
using Pacta.Core.Analytics;
using Pacta.Core.Model;

namespace Pacta.Ingest.Dcad;

/// <summary>
/// One bilateral agreement of the Defense Cooperation Agreement Dataset (Kinne 2020), its COW codes already mapped to
/// party codes. The row (and DCAid, when the file has it) is the agreement's evidence in place of a sentence.
/// </summary>
/// <param name="Row">The data row in its file, 1 for the first row after the header.</param>
/// <param name="DcaId">DCAD's own id (<c>DCAid</c>); the derived dyad file has none.</param>
/// <param name="CowCodes">The two COW codes as the file writes them, kept for provenance.</param>
/// <param name="Signed">The signature date, at the precision the file gives (the derived file: the year).</param>
/// <param name="Terminated">DCAD's <c>terminated</c> flag; null when the file does not say.</param>
/// <param name="EndYearEstimate">DCAD's estimate of the last year in force; for terminated agreements, the end.</param>
/// <param name="Asymmetry">DCAD's <c>asymmetry</c> code, kept as given.</param>
public sealed record DcadAgreement(
    DcadLayout Layout,
    int Row,
    string? DcaId,
    PartyCode Party1,
    PartyCode Party2,
    IReadOnlyList<string> CowCodes,
    PartialDate Signed,
    PartialDate? EnteredIntoForce,
    DcadType Type,
    IReadOnlyList<string> Categories,
    bool? Terminated,
    int? EndYearEstimate,
    int? Asymmetry)
{
    /// <summary>
    /// Always <see cref="AgreementKind.Agreement"/>: DCAD records what an agreement covers (general or sector), not its
    /// form (memorandum, protocol, treaty), so a sector agreement is an agreement too and the type is kept apart.
    /// </summary>
    public AgreementKind Kind => AgreementKind.Agreement;

    /// <summary>DCAD holds defense cooperation agreements only.</summary>
    public AgreementDomain Domain => AgreementDomain.Defense;

    /// <summary>Stable across re-imports of the same file: DCAD's id when given, else the layout and the row.</summary>
    public string Id => DcaId is not null
        ? $"dcad-{DcaId}"
        : string.Create(CultureInfo.InvariantCulture, $"dcad-{LayoutKey}-row-{Row}");

    /// <summary>Where the agreement comes from, as shown to a user in place of a quoted sentence.</summary>
    public string Provenance => Layout == DcadLayout.Official
        ? string.Create(CultureInfo.InvariantCulture, $"DCAD v1.0, row {Row}{(DcaId is null ? "" : $" (DCAid {DcaId})")}")
        : string.Create(CultureInfo.InvariantCulture, $"DCAD v1.0 (derived dyad file), row {Row}");

    /// <summary>The newest step DCAD records: terminated, else in force when an entry-into-force date is known, else signed.</summary>
    public AgreementStatus Status =>
        Terminated == true ? AgreementStatus.Terminated
        : EnteredIntoForce is not null ? AgreementStatus.InForce
        : AgreementStatus.Signed;

    /// <summary>
    /// The dates of the steps after signature: entry into force, and termination in <see cref="EndYearEstimate"/> when
    /// the agreement is terminated (DCAD gives the end as a year).
    /// </summary>
    public IReadOnlyList<StatusDate> LaterSteps
    {
        get
        {
            var steps = new List<StatusDate>(2);
            if (EnteredIntoForce is { } inForce)
            {
                steps.Add(new StatusDate(AgreementStatus.InForce, inForce));
            }

            if (Terminated == true && EndYearEstimate is { } end)
            {
                steps.Add(new StatusDate(AgreementStatus.Terminated, PartialDate.OfYear(end)));
            }

            return steps;
        }
    }

    /// <summary>The agreement as analytics and exports count it: dated at its signature, origin dataset, one source.</summary>
    public PartnershipFact ToFact() => new(
        Id,
        [Party1, Party2],
        Signed,
        Status,
        Kind,
        Domain,
        SourceCount: 1,
        FactOrigin.Dataset,
        LaterSteps);

    private string LayoutKey => Layout == DcadLayout.Official ? "official" : "dyads";
}
