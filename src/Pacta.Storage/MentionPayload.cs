using System.Text.Json;
using System.Text.Json.Serialization;
using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>A mention as one JSON text, so every provider keeps the extractor's output whole (fields, evidence,
/// field evidence) in one column and reads it back unchanged.</summary>
public static class MentionPayload
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static string Write(AgreementMention mention) => JsonSerializer.Serialize(
        new Payload(
            mention.DocumentId,
            mention.Parties.Select(p => p.Value).ToList(),
            mention.Date?.ToString(),
            mention.Status.ToGold(),
            mention.Kind.ToGold(),
            mention.Domain.ToGold(),
            mention.Place,
            mention.Signatories,
            mention.Confidence,
            mention.Evidence.Select(e => new EvidencePayload(e.Span.Start, e.Span.End, e.Quote)).ToList(),
            mention.Fields.Select(f => new FieldPayload(f.Field, f.Value, f.Span.Start, f.Span.End, f.Text)).ToList()),
        Options);

    public static AgreementMention Read(string json)
    {
        var p = JsonSerializer.Deserialize<Payload>(json, Options) ?? throw new InvalidDataException("Empty mention payload.");
        return new AgreementMention(
            p.Document,
            p.Parties.Select(c => new PartyCode(c)).ToList(),
            p.Date is null ? null : PartialDate.Parse(p.Date),
            Vocabulary.TryParseStatus(p.Status, out var status) ? status : throw Corrupt("status", p.Status),
            Vocabulary.TryParseKind(p.Kind, out var kind) ? kind : throw Corrupt("kind", p.Kind),
            Vocabulary.TryParseDomain(p.Domain, out var domain) ? domain : throw Corrupt("domain", p.Domain),
            p.Place,
            p.Signatories,
            p.Confidence,
            p.Evidence.Select(e => new Evidence(p.Document, TextSpan.FromBounds(e.Start, e.End), e.Quote)).ToList(),
            p.Fields.Select(f => new FieldEvidence(f.Field, f.Value, TextSpan.FromBounds(f.Start, f.End), f.Text)).ToList());
    }

    private static InvalidDataException Corrupt(string field, string value) => new($"Stored mention has an unknown {field} '{value}'.");

    private sealed record Payload(
        string Document,
        List<string> Parties,
        string? Date,
        string Status,
        string Kind,
        string Domain,
        string? Place,
        IReadOnlyList<string> Signatories,
        double Confidence,
        List<EvidencePayload> Evidence,
        List<FieldPayload> Fields);

    private sealed record EvidencePayload(int Start, int End, string Quote);

    private sealed record FieldPayload(string Field, string Value, int Start, int End, string Text);
}
