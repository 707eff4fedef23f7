using System.Text;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Xunit;

namespace Pacta.Core.Tests.Data;

/// <summary>Checks every lexicon file of every language: it loads, its rows are NFC with the right columns, codes
/// are known, and no form maps to two different values within one file.</summary>
public sealed class LexiconFileTests
{
    private static readonly string[] TwoColumnKinds =
    [
        "countries", "capitals", "demonyms", "organizations", "months", "months-persian", "months-hijri", "weekdays",
        "date-words", "titles", "instruments", "statuses", "moods", "domains", "cues", "function-words",
    ];

    private static readonly HashSet<string> HistoricalCodes = ["SUN", "YUG", "CSK", "DDR", "YMD", "XKX"];

    public static TheoryData<string> Languages() => new(EmbeddedLexiconSource.Instance.Languages);

    [Fact]
    public void Languages_Embedded_AreTheTwelveOfPacta()
    {
        Assert.Equal(
            ["ar", "de", "en", "es", "fa", "fr", "it", "kk", "pt", "ru", "tr", "uk"],
            EmbeddedLexiconSource.Instance.Languages.Order(StringComparer.Ordinal).ToArray());
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Profile_Loads_WithoutDataErrors(string language)
    {
        var profile = LanguageProfileLoader.Load(EmbeddedLexiconSource.Instance, language);
        Assert.True(profile.Gazetteer.Count > 200, $"{language}: gazetteer has only {profile.Gazetteer.Count} forms");
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Rows_EveryFile_AreNfcWithExpectedColumns(string language)
    {
        var source = EmbeddedLexiconSource.Instance;
        var problems = new List<string>();
        foreach (var file in source.Files(language).Where(f => f.EndsWith(".tsv", StringComparison.Ordinal)))
        {
            using var stream = source.Open(language, file);
            using var reader = new StreamReader(stream, Encoding.UTF8);
            var raw = reader.ReadToEnd();
            if (!raw.IsNormalized(NormalizationForm.FormC))
            {
                problems.Add($"{language}/{file}: not NFC");
            }

            using var again = source.Open(language, file);
            var rows = LexiconReader.Read(again, file, out var header);
            var kind = file.Replace(".generated", "", StringComparison.Ordinal).Replace(".tsv", "", StringComparison.Ordinal);
            var expectedColumns = kind switch
            {
                "stopwords" => 1,
                "country-aliases" or "relative-dates" => 3,
                _ when TwoColumnKinds.Contains(kind) => 2,
                _ => -1,
            };
            if (expectedColumns < 0)
            {
                problems.Add($"{language}/{file}: unknown lexicon kind '{kind}' (see data/README.md)");
                continue;
            }

            if (header.Count != expectedColumns)
            {
                problems.Add($"{language}/{file}: header has {header.Count} columns, expected {expectedColumns}");
            }

            problems.AddRange(rows.Where(r => r.Values.Count < expectedColumns - 1 || r.Values.Take(expectedColumns - 1).Any(v => v.Length == 0))
                .Select(r => $"{language}/{file}:{r.Line}: '{r.Form}' has missing columns"));
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Gazetteer_EveryCode_IsKnown(string language)
    {
        var problems = new List<string>();
        foreach (var kind in new[] { "countries", "country-aliases", "capitals", "demonyms", "organizations" })
        {
            foreach (var row in LanguageProfileLoader.Rows(EmbeddedLexiconSource.Instance, language, kind, out _))
            {
                var code = row.Values.Count > 0 ? row.Values[0] : "";
                var isKnown = kind == "organizations" ? PartyCode.Organizations.Contains(code) : PartyCode.IsValid(code) && (code.Length == 3 || HistoricalCodes.Contains(code));
                if (!isKnown)
                {
                    problems.Add($"{row.File}:{row.Line}: '{row.Form}' → '{code}'");
                }
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Theory]
    [MemberData(nameof(Languages))]
    public void Forms_WithinOneFile_NeverMapToTwoValues(string language)
    {
        var source = EmbeddedLexiconSource.Instance;
        var problems = new List<string>();
        foreach (var file in source.Files(language).Where(f => f.EndsWith(".tsv", StringComparison.Ordinal) && !f.StartsWith("stopwords", StringComparison.Ordinal)))
        {
            using var stream = source.Open(language, file);
            var rows = LexiconReader.Read(stream, file, out _);
            foreach (var clash in rows.GroupBy(r => r.Form, StringComparer.Ordinal).Where(g => g.Select(r => r.Values[0]).Distinct().Count() > 1))
            {
                problems.Add($"{language}/{file}: '{clash.Key}' → {string.Join(", ", clash.Select(r => r.Values[0]).Distinct())}");
            }
        }

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }
}
