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

        // A case that names a place or the signatories checks them too: the city of signing, in the text's language
        // and dictionary form, and the people who signed, in reading order.
        CheckField(reference, result.Agreements, "place", a => a.Place ?? "null", e => Str(e, "place") ?? "null");
        CheckField(reference, result.Agreements, "signatories", a => string.Join(" | ", a.Signatories),
            e => string.Join(" | ", e.GetProperty("signatories").EnumerateArray().Select(p => p.GetString())));
    }

    /// <summary>Compares one field of the agreements whose expected entry gives it, each keyed by parties and status.</summary>
    private static void CheckField(CaseRef reference, IEnumerable<AgreementMention> agreements, string field, Func<AgreementMention, string> actualValue, Func<JsonElement, string> expectedValue)
    {
        var expected = reference.Case.Expected.Where(e => e.TryGetProperty(field, out _))
            .Select(e => (Key: Key(e.GetProperty("parties").EnumerateArray().Select(p => p.GetString()!), Str(e, "status"), null, null, null), Value: expectedValue(e)))
            .ToList();
        if (expected.Count == 0)
        {
            return;
        }

        // Each expected value is looked for among the agreements with its parties and status (several instruments of
        // one pair may share them); one not found shows the value of the first such agreement not yet used.
        var actual = agreements.Select(a => (Key: Key(a.Parties.Select(p => p.Value), a.Status.ToGold(), null, null, null), Value: actualValue(a))).ToList();
        var found = new List<(string Key, string Value)>();
        foreach (var e in expected)
        {
            var index = actual.FindIndex(a => a == e);
            index = index >= 0 ? index : actual.FindIndex(a => a.Key == e.Key);
            found.Add(index >= 0 ? actual[index] : (e.Key, "(no such agreement)"));
            if (index >= 0)
            {
                actual.RemoveAt(index);
            }
        }

        static List<string> Lines(IEnumerable<(string Key, string Value)> rows) =>
            rows.Select(r => $"{r.Key} {r.Value}").Order(StringComparer.Ordinal).ToList();
        CaseAssert.Equal(reference, Lines(expected), Lines(found));
    }

    private static string Key(IEnumerable<string> parties, string? status, string? date, string? kind, string? domain) =>
        $"{string.Join('-', parties.Order(StringComparer.Ordinal))} {status} {date ?? "null"} {kind} {domain}";

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
