using System.Globalization;
using Pacta.Core.Model;
using Pacta.Storage;

namespace Pacta.Web.Contracts;

/// <summary>Maps stored agreements to the API's shapes, with values in the vocabulary of GOLD-FORMAT.md.</summary>
public static class AgreementViews
{
    public static AgreementSummary Summary(StoredAgreement stored)
    {
        var a = stored.Agreement;
        return new AgreementSummary(
            a.Id,
            a.Parties.Select(p => p.Value).ToArray(),
            a.Date?.ToString(),
            a.Status.ToGold(),
            a.Kind.ToGold(),
            a.Domain.ToGold(),
            a.Place,
            a.Signatories,
            a.Confidence,
            stored.Sources,
            stored.Reports,
            stored.Review.ToString().ToLowerInvariant(),
            stored.Edited,
            stored.FirstSeen,
            stored.LastSeen,
            stored.History.Select(s => new StepView(s.Status.ToGold(), s.Date?.ToString())).ToArray());
    }

    public static AgreementDetail Detail(StoredAgreement stored) => new(
        Summary(stored),
        stored.SourceDocuments.Select(s => new SourceView(s.Id, s.Source, s.Title, Day(s.Published), s.ReportId)).ToArray(),
        stored.Mentions.Select(m => new MentionView(m.Key, m.DocumentId, m.Status.ToGold(), m.Date?.ToString(), m.Confidence, m.Evidence.Select(Evidence).ToArray())).ToArray(),
        stored.Agreement.Evidence.Select(Evidence).ToArray());

    public static DocumentView Document(Document document) => new(
        document.Id, document.Source, document.Title, document.Byline, Day(document.Published), document.Language, document.Text);

    private static EvidenceView Evidence(Evidence e) => new(e.DocumentId, e.Span.Start, e.Span.End, e.Quote);

    private static string? Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
