using System.Text.Encodings.Web;
using System.Text.Json;
using Pacta.Core.Analytics;
using Pacta.Core.Model;

namespace Pacta.Export;

/// <summary>
/// JSON, one object per agreement (not per dyad: the parties stay together), with values in the vocabulary of
/// GOLD-FORMAT.md: <c>{"agreements": [{"id", "parties", "date", "status", "status_dates": [{"status", "date"}], "kind",
/// "domain", "source_count", "origin"}]}</c>. Dates are "YYYY[-MM[-DD]]" or null.
/// </summary>
public sealed class AgreementJsonWriter : IExportWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,

        // Keeps Кириллица and عربي readable; the writer still escapes what JSON requires.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public ExportFormat Format => ExportFormat.Json;

    public string FileExtension => ".json";

    public async Task WriteAsync(IReadOnlyCollection<PartnershipFact> facts, Stream output, CancellationToken cancellationToken = default)
    {
        await using var json = new Utf8JsonWriter(output, Options);
        json.WriteStartObject();
        json.WriteStartArray("agreements");
        foreach (var fact in facts)
        {
            WriteAgreement(json, fact);
        }

        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(cancellationToken);
    }

    private static void WriteAgreement(Utf8JsonWriter json, PartnershipFact fact)
    {
        json.WriteStartObject();
        json.WriteString("id", fact.Id);
        json.WriteStartArray("parties");
        foreach (var party in fact.Parties)
        {
            json.WriteStringValue(party.Value);
        }

        json.WriteEndArray();
        WriteDate(json, "date", fact.Date);
        json.WriteString("status", fact.Status.ToGold());
        json.WriteStartArray("status_dates");
        foreach (var step in fact.StatusDates)
        {
            json.WriteStartObject();
            json.WriteString("status", step.Status.ToGold());
            WriteDate(json, "date", step.Date);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteString("kind", fact.Kind.ToGold());
        json.WriteString("domain", fact.Domain.ToGold());
        json.WriteNumber("source_count", fact.SourceCount);
        json.WriteString("origin", OriginNames.Of(fact.Origin));
        json.WriteEndObject();
    }

    private static void WriteDate(Utf8JsonWriter json, string name, PartialDate? date)
    {
        if (date is { } known)
        {
            json.WriteString(name, known.ToString());
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
