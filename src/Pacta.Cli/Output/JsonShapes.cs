using System.Text.Json;
using System.Text.Json.Nodes;
using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Pacta.Export;
using Pacta.Storage;
using Pacta.Storage.Analytics;

namespace Pacta.Cli.Output;

/// <summary>The JSON forms of documents and agreements, with field values in the vocabulary of GOLD-FORMAT.md.</summary>
public static class JsonShapes
{
    public static readonly JsonSerializerOptions Compact = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static readonly JsonSerializerOptions Indented = new(Compact) { WriteIndented = true };

    public static JsonObject Document(ExtractionResult result)
    {
        var document = result.Document;
        var json = new JsonObject
        {
            ["id"] = document.Id,
            ["source"] = document.Source,
            ["language"] = document.Language,
            ["published"] = document.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["title"] = document.Title,
            ["byline"] = document.Byline,
            ["agreements"] = new JsonArray(result.Agreements.Select(a => (JsonNode)Agreement(a)).ToArray()),
        };
        if (result.Skipped is not null)
        {
            json["skipped"] = result.Skipped;
        }

        return json;
    }

    public static JsonObject Agreement(AgreementMention agreement)
    {
        var json = AddFields(new JsonObject(), agreement.Parties, agreement.Date, agreement.Status, agreement.Kind, agreement.Domain, agreement.Place, agreement.Signatories, agreement.Confidence);
        json["evidence"] = new JsonArray(agreement.Evidence.Select(e => (JsonNode)new JsonObject
        {
            ["start"] = e.Span.Start,
            ["end"] = e.Span.End,
            ["quote"] = e.Quote,
        }).ToArray());
        json["fields"] = new JsonArray(agreement.Fields.Select(f => (JsonNode)new JsonObject
        {
            ["field"] = f.Field,
            ["value"] = f.Value,
            ["start"] = f.Span.Start,
            ["end"] = f.Span.End,
            ["text"] = f.Text,
        }).ToArray());
        return json;
    }

    /// <summary>The fields every agreement shows, in the order and vocabulary of GOLD-FORMAT.md.</summary>
    private static JsonObject AddFields(
        JsonObject into,
        IReadOnlyList<PartyCode> parties,
        PartialDate? date,
        AgreementStatus status,
        AgreementKind kind,
        AgreementDomain domain,
        string? place,
        IReadOnlyList<string> signatories,
        double confidence)
    {
        into["parties"] = new JsonArray(parties.Select(p => (JsonNode)JsonValue.Create(p.Value)!).ToArray());
        into["date"] = date?.ToString();
        into["status"] = status.ToGold();
        into["kind"] = kind.ToGold();
        into["domain"] = domain.ToGold();
        into["place"] = place;
        into["signatories"] = new JsonArray(signatories.Select(s => (JsonNode)JsonValue.Create(s)!).ToArray());
        into["confidence"] = confidence;
        return into;
    }

    /// <summary>A stored agreement: its fields in the gold vocabulary, its id, its status history, how many documents
    /// (sources) and distinct reports (near-duplicates once) report it, when it was first and last seen, where it
    /// stands with the analysts, and its evidence.</summary>
    public static JsonObject Agreement(StoredAgreement stored)
    {
        var agreement = stored.Agreement;
        var json = AddFields(
            new JsonObject { ["id"] = agreement.Id },
            agreement.Parties, agreement.Date, agreement.Status, agreement.Kind, agreement.Domain, agreement.Place, agreement.Signatories, agreement.Confidence);
        json["history"] = new JsonArray(stored.History.Select(step => (JsonNode)new JsonObject
        {
            ["status"] = step.Status.ToGold(),
            ["date"] = step.Date?.ToString(),
            ["mentions"] = new JsonArray(step.MentionKeys.Select(k => (JsonNode)JsonValue.Create(k)!).ToArray()),
            ["evidence"] = StoredEvidence(stored.Mentions.Where(m => step.MentionKeys.Contains(m.Key)).SelectMany(m => m.Evidence)),
        }).ToArray());
        json["review"] = stored.Review.ToString().ToLowerInvariant();
        json["edited"] = stored.Edited;
        json["sources"] = stored.Sources;
        json["reports"] = stored.Reports;
        json["documents"] = new JsonArray(stored.Documents.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray());

        // "dataset" (DCAD rows), "news", or both for a record joined across them.
        json["origins"] = new JsonArray(StoredAgreementFacts.EvidenceOrigins(stored).Select(o => (JsonNode)JsonValue.Create(OriginNames.Of(o))!).ToArray());
        json["first_seen"] = stored.FirstSeen.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        json["last_seen"] = stored.LastSeen.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        json["evidence"] = StoredEvidence(agreement.Evidence);
        return json;
    }

    /// <summary><see cref="Agreement(StoredAgreement)"/> plus each mention (with its key, for <c>review split</c>) and
    /// each source document with its report: what <c>pacta show</c> prints.</summary>
    public static JsonObject AgreementDetail(StoredAgreement stored)
    {
        var json = Agreement(stored);
        json["mentions"] = new JsonArray(stored.Mentions.Select(m => (JsonNode)new JsonObject
        {
            ["key"] = m.Key,
            ["document"] = m.DocumentId,
            ["status"] = m.Status.ToGold(),
            ["date"] = m.Date?.ToString(),
            ["confidence"] = m.Confidence,
            ["evidence"] = StoredEvidence(m.Evidence),
        }).ToArray());
        json["source_documents"] = new JsonArray(stored.SourceDocuments.Select(d => (JsonNode)new JsonObject
        {
            ["id"] = d.Id,
            ["source"] = d.Source,
            ["origin"] = OriginOf(d.Id),
            ["title"] = d.Title,
            ["published"] = d.Published?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["report"] = d.ReportId,
            ["ingested_at"] = d.IngestedAt.ToString("O", System.Globalization.CultureInfo.InvariantCulture),
        }).ToArray());
        return json;
    }

    private static JsonArray StoredEvidence(IEnumerable<Evidence> evidence) =>
        new(evidence.Select(e => (JsonNode)new JsonObject
        {
            ["document"] = e.DocumentId,
            ["origin"] = OriginOf(e.DocumentId),
            ["start"] = e.Span.Start,
            ["end"] = e.Span.End,
            ["quote"] = e.Quote,
        }).ToArray());

    /// <summary>Whether a document is a dataset row or a news document, so evidence says which it is.</summary>
    private static string OriginOf(string documentId) =>
        OriginNames.Of(DatasetDocument.IsDatasetRow(documentId) ? FactOrigin.Dataset : FactOrigin.News);
}
