using System.Globalization;
using System.Text.Json;
using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Core.Tests.Cases;

/// <summary>Runs tests/cases/*/{countries,dates,people}.json through the recognizers.</summary>
public sealed class RecognizerCaseTests
{
    private static readonly TextAnalyzer Analyzer = new();

    [SkippableTheory]
    [Cases("countries")]
    public void Countries_Case_FindsEveryStateAndOrganisation(CaseRef reference)
    {
        var (analysis, expected) = Run(reference);
        var actual = analysis.Sentences.SelectMany(s => s.Countries).Select(c => $"{c.Text}={c.Code}").ToList();
        CaseAssert.Equal(reference, expected, actual);
    }

    [SkippableTheory]
    [Cases("dates")]
    public void Dates_Case_FindsAndResolvesEveryDate(CaseRef reference)
    {
        var (analysis, expected) = Run(reference);
        var actual = analysis.Sentences.SelectMany(s => s.Dates).Select(d => $"{d.Text}={d.Past?.ToString() ?? "null"}").ToList();
        CaseAssert.Equal(reference, expected, actual);
    }

    [SkippableTheory]
    [Cases("people")]
    public void People_Case_FindsNamesWithTitles(CaseRef reference)
    {
        var (analysis, expected) = Run(reference);
        var actual = analysis.Sentences.SelectMany(s => s.People).Select(p => $"{p.Span.Slice(analysis.Document.Text)}={p.Name}").ToList();
        CaseAssert.Equal(reference, expected, actual);
    }

    private static (DocumentAnalysis Analysis, List<string> Expected) Run(CaseRef reference)
    {
        var c = reference.Case;
        Skip.If(c.Skip is not null && Environment.GetEnvironmentVariable("PACTA_RUN_SKIPPED") != "1", c.Skip);
        DateOnly? published = c.Published is null ? null : DateOnly.ParseExact(c.Published, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var document = new Document("case", "test", c.Text, Published: published, Language: reference.Language);
        var analysis = Analyzer.Analyze(document, LanguageCatalog.Embedded.Get(reference.Language));
        var expected = c.Expected.Select(e => $"{Str(e, "text")}={Str(e, "value")}").ToList();
        return (analysis, expected);
    }

    private static string Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind == JsonValueKind.Null ? "null" : value.ToString() : "?";
}
