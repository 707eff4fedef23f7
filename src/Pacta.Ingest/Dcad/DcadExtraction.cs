using System.Globalization;
using System.Text;
using Pacta.Core.Model;

namespace Pacta.Ingest.Dcad;

/// <summary>
/// Turns a DCAD agreement into what the store keeps for a news article: a document of its own (id
/// <c>dataset:</c> + <see cref="DcadAgreement.Id"/>, source <see cref="Source"/>, text a one-line provenance) and one
/// mention per step DCAD dates (signed, in force, terminated), each with that line as its evidence. So an imported
/// agreement goes through the same merge rules as the news, and re-importing a row is a duplicate document.
/// </summary>
public static class DcadExtraction
{
    /// <summary>The source of every DCAD document, shown beside its evidence.</summary>
    public const string Source = "DCAD v1.0";

    /// <summary>Hand-coded by DCAD's authors: the highest confidence, so DCAD's fields win a vote against one unsure
    /// news report.</summary>
    public const double Confidence = 1.0;

    public static ExtractionResult For(DcadAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var id = DatasetDocument.IdFor(agreement.Id);
        var text = ProvenanceLine(agreement);
        var document = new Document(id, Source, text, Title: agreement.Provenance);
        var evidence = new Evidence(id, TextSpan.FromBounds(0, text.Length), text);
        var steps = new List<(AgreementStatus Status, PartialDate Date)> { (AgreementStatus.Signed, agreement.Signed) };
        steps.AddRange(agreement.LaterSteps.Select(s => (s.Status, s.Date)));
        var mentions = steps
            .Select(s => new AgreementMention(
                id,
                [agreement.Party1, agreement.Party2],
                s.Date,
                s.Status,
                agreement.Kind,
                agreement.Domain,
                Place: null,
                Signatories: [],
                Confidence,
                [evidence],
                []))
            .ToList();
        return new ExtractionResult(document, mentions);
    }

    /// <summary>
    /// "DCAD v1.0, row 12 (DCAid 345): USA–KAZ defense cooperation agreement (general), signed 1994-02-14; in force
    /// 1994-05; terminated (end 2001, estimate). COW codes 2, 705." Every figure of the row that Pacta uses, so the
    /// evidence alone says where each field came from.
    /// </summary>
    public static string ProvenanceLine(DcadAgreement agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var line = new StringBuilder()
            .Append(agreement.Provenance)
            .Append(": ")
            .Append(agreement.Party1.Value).Append('–').Append(agreement.Party2.Value)
            .Append(" defense cooperation agreement (")
            .Append(agreement.Type == DcadType.General ? "general" : "sector");
        if (agreement.Categories.Count > 0)
        {
            line.Append(": ").AppendJoin(", ", agreement.Categories);
        }

        line.Append("), signed ").Append(agreement.Signed.ToString());
        if (agreement.EnteredIntoForce is { } inForce)
        {
            line.Append("; in force ").Append(inForce.ToString());
        }

        if (agreement.Terminated == true)
        {
            line.Append(agreement.EndYearEstimate is { } end ? string.Create(CultureInfo.InvariantCulture, $"; terminated (end {end}, estimate)") : "; terminated (end unknown)");
        }

        return line.Append(". COW codes ").AppendJoin(", ", agreement.CowCodes).Append('.').ToString();
    }
}
