using Pacta.Core.Model;
using Pacta.Storage.Merging;
using Pacta.Storage.Review;

namespace Pacta.Storage;

/// <summary>One row of the agreements table as any provider reads it, before its steps, mentions and sources are
/// attached (<see cref="ToStored"/>). Columns are passed as the provider reads them; the vocabulary is parsed here
/// once for all providers.</summary>
internal readonly record struct AgreementRow(Agreement Agreement, ReviewState Review, bool Edited)
{
    public static AgreementRow Parse(
        string id,
        string parties,
        string? date,
        string status,
        string kind,
        string domain,
        string? place,
        IReadOnlyList<string> signatories,
        double confidence,
        string review,
        bool edited)
    {
        var agreement = new Agreement(
            id,
            parties.Split('-').Select(p => new PartyCode(p)).ToList(),
            date is null ? null : PartialDate.Parse(date),
            ParseStatus(status),
            Vocabulary.TryParseKind(kind, out var k) ? k : throw Corrupt("kind", kind),
            Vocabulary.TryParseDomain(domain, out var d) ? d : throw Corrupt("domain", domain),
            place,
            signatories,
            confidence,
            []);
        return new AgreementRow(agreement, Enum.Parse<ReviewState>(review, ignoreCase: true), edited);
    }

    public static AgreementStatus ParseStatus(string status) =>
        Vocabulary.TryParseStatus(status, out var s) ? s : throw Corrupt("status", status);

    /// <summary>The agreement with its evidence (that of its mentions), history, mentions and sources.</summary>
    public StoredAgreement ToStored(
        IReadOnlyList<(AgreementStatus Status, PartialDate? Date)> steps,
        IReadOnlyList<(string Key, AgreementMention Mention)> mentions,
        IReadOnlyList<SourceDocument> sources)
    {
        var evidence = mentions.SelectMany(m => m.Mention.Evidence).Distinct()
            .OrderBy(e => e.DocumentId, StringComparer.Ordinal).ThenBy(e => e.Span.Start).ThenBy(e => e.Span.End).ToList();
        return new StoredAgreement(
            Agreement with { Evidence = evidence },
            sources.Select(s => s.Id).ToList(),
            sources.Count == 0 ? default : sources.Min(s => s.IngestedAt),
            sources.Count == 0 ? default : sources.Max(s => s.IngestedAt))
        {
            Reports = sources.Select(s => s.ReportId).Distinct(StringComparer.Ordinal).Count(),
            History = steps.Select(s => new StatusStep(s.Status, s.Date, mentions.Where(m => m.Mention.Status == s.Status).Select(m => m.Key).ToList())).ToList(),
            Mentions = mentions.Select(m => new StoredMention(m.Key, m.Mention.DocumentId, m.Mention.Status, m.Mention.Date, m.Mention.Confidence, m.Mention.Evidence)).ToList(),
            SourceDocuments = sources,
            Review = Review,
            Edited = Edited,
        };
    }

    private static InvalidDataException Corrupt(string column, string value) => new($"Stored agreement has an unknown {column} '{value}'.");
}
