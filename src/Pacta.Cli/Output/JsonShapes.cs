using System.Text.Json;
using System.Text.Json.Nodes;
using Pacta.Core.Model;
using Pacta.Storage;

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

    /// <summary>A stored agreement: its fields in the gold vocabulary, its id, how many documents report it, when
    /// it was first and last seen, and its evidence.</summary>
    public static JsonObject Agreement(StoredAgreement stored)
    {
        var agreement = stored.Agreement;
        var json = AddFields(
            new JsonObject { ["id"] = agreement.Id },
            agreement.Parties, agreement.Date, agreement.Status, agreement.Kind, agreement.Domain, agreement.Place, agreement.Signatories, agreement.Confidence);
        json["sources"] = stored.Sources;
        json["documents"] = new JsonArray(stored.Documents.Select(d => (JsonNode)JsonValue.Create(d)!).ToArray());
        json["first_seen"] = stored.FirstSeen.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        json["last_seen"] = stored.LastSeen.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        json["evidence"] = new JsonArray(agreement.Evidence.Select(e => (JsonNode)new JsonObject
        {
            ["document"] = e.DocumentId,
            ["start"] = e.Span.Start,
            ["end"] = e.Span.End,
            ["quote"] = e.Quote,
        }).ToArray());
        return json;
    }
}
