using System.Globalization;
using System.Text.Json;
using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Core.Tests.Cases;

/// <summary>Runs tests/cases/*/agreements.json through the whole pipeline: parties, status, date, kind, domain, and the
/// place where a case gives one.</summary>
public sealed class AgreementCaseTests
{
    private static readonly ExtractionPipeline Pipeline = new PipelineBuilder().Build();

    [SkippableTheory]
    [Cases("agreements")]
    public void Agreements_Case_ExtractsExactlyTheReportedInstruments(CaseRef reference)
    {
        var c = reference.Case;
        Skip.If(c.Skip is not null && Environment.GetEnvironmentVariable("PACTA_RUN_SKIPPED") != "1", c.Skip);
        DateOnly? published = c.Published is null ? null : DateOnly.ParseExact(c.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var result = Pipeline.Process(new Document("case", "test", c.Text, Published: published, Language: reference.Language));
        var actual = result.Agreements
            .Select(a => Key(a.Parties.Select(p => p.Value), a.Status.ToGold(), a.Date?.ToString(), a.Kind.ToGold(), a.Domain.ToGold()))
            .Order(StringComparer.Ordinal)
            .ToList();
        var expected = c.Expected
            .Select(e => Key(
                e.GetProperty("parties").EnumerateArray().Select(p => p.GetString()!),
                Str(e, "status"),
                Str(e, "date"),
                Str(e, "kind"),
                Str(e, "domain")))
            .Order(StringComparer.Ordinal)
            .ToList();
        CaseAssert.Equal(reference, expected, actual);

        // A case that names a place checks it too: the city of signing, in the text's language and dictionary form.
        var places = result.Agreements.Select(a => $"{Key(a.Parties.Select(p => p.Value), a.Status.ToGold(), null, null, null)} {a.Place ?? "null"}").Order(StringComparer.Ordinal).ToList();
        var expectedPlaces = c.Expected.Where(e => e.TryGetProperty("place", out _))
            .Select(e => $"{Key(e.GetProperty("parties").EnumerateArray().Select(p => p.GetString()!), Str(e, "status"), null, null, null)} {Str(e, "place") ?? "null"}")
            .Order(StringComparer.Ordinal)
            .ToList();
        if (expectedPlaces.Count > 0)
        {
            CaseAssert.Equal(reference, expectedPlaces, places.Where(p => expectedPlaces.Any(e => e[..e.LastIndexOf(' ')] == p[..p.LastIndexOf(' ')])).ToList());
        }
    }

    private static string Key(IEnumerable<string> parties, string? status, string? date, string? kind, string? domain) =>
        $"{string.Join('-', parties.Order(StringComparer.Ordinal))} {status} {date ?? "null"} {kind} {domain}";

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
