using System.Text.Json;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Text;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Core.Tests.Languages;

/// <summary>The trigger's shortcuts (key starts read off the word, a hashed filter) must answer exactly as the plain
/// definition: some word's key, or a key without a clitic prefix, starts an instrument form.</summary>
public sealed partial class TriggerScannerTests
{
    [Fact]
    public void MayMatch_EveryCaseSentenceInEveryLanguage_EqualsTheDefinition()
    {
        var texts = Directory.EnumerateFiles(RepoPaths.Cases, "*.json", SearchOption.AllDirectories)
            .SelectMany(CaseTexts)
            .Concat(Directory.EnumerateFiles(RepoPaths.Samples, "*.txt").Select(File.ReadAllText))
            .ToList();
        Assert.True(texts.Count > 100);
        var fired = 0;
        foreach (var language in LanguageCatalog.Embedded.Languages)
        {
            var profile = LanguageCatalog.Embedded.Get(language);
            foreach (var text in texts)
            {
                var expected = Definition(text, profile);
                fired += expected ? 1 : 0;
                Assert.True(expected == TriggerScanner.MayMatch(text, profile.Instruments, profile.Keyer), $"{language}: \"{text}\"");
            }
        }

        Assert.True(fired > 100);
    }

    [Fact]
    public void Starts_EveryCaseSentenceInEveryLanguage_AreTheWordsOfTheDefinition()
    {
        // Besides the cases: numbers glued to letters, marks after digits, accented and non-Latin words, compounds.
        string[] edges = ["15plan 2agreement x́deal", "Rüstungsabkommen und Militärhilfeabkommen, Verteidigungs-Abkommen", "L’accord « cadre » — TRAITÉ", "соглашение Соглашения 3соглашение", "اتفاقية والاتفاقية", "a\u0301ccord 1\u0301accord"];
        var texts = Directory.EnumerateFiles(RepoPaths.Cases, "*.json", SearchOption.AllDirectories)
            .SelectMany(CaseTexts)
            .Concat(Directory.EnumerateFiles(RepoPaths.Samples, "*.txt").Select(File.ReadAllText))
            .Concat(edges)
            .ToList();
        var found = 0;
        foreach (var language in LanguageCatalog.Embedded.Languages)
        {
            var profile = LanguageCatalog.Embedded.Get(language);
            foreach (var compounds in (bool[])[false, true])
            {
                foreach (var text in texts)
                {
                    var expected = DefinitionStarts(text, profile, compounds);
                    found += expected.Count;
                    Assert.True(expected.SequenceEqual(TriggerScanner.Starts(text, profile.Instruments, profile.Keyer, compounds)), $"{language}, compounds {compounds}: \"{text}\"");
                }
            }
        }

        Assert.True(found > 1000);
    }

    private static List<int> DefinitionStarts(string text, LanguageProfile profile, bool compounds) =>
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length)).Where(t => t.IsWordLike)
            .Where(t => IsTrigger(text.AsSpan(t.Start, t.Span.Length).ToString(), profile, compounds))
            .Select(t => t.Start)
            .ToList();

    private static bool IsTrigger(string word, LanguageProfile profile, bool compounds)
    {
        var key = profile.Keyer.Key(word);
        return profile.Instruments.FirstKeys.Contains(key)
            || (compounds && key.Length >= 2 * CompoundMatcher.MinPart && profile.Instruments.EndsWithOneWordForm(key, CompoundMatcher.MinPart))
            || profile.Keyer.PrefixVariants(word).Any(profile.Instruments.FirstKeys.Contains);
    }

    private static bool Definition(string text, LanguageProfile profile) =>
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length)).Where(t => t.IsWordLike)
            .Select(t => text.AsSpan(t.Start, t.Span.Length).ToString())
            .Any(w => profile.Instruments.FirstKeys.Contains(profile.Keyer.Key(w)) || profile.Keyer.PrefixVariants(w).Any(profile.Instruments.FirstKeys.Contains));

    private static IEnumerable<string> CaseTexts(string file)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(file));
        var cases = json.RootElement.ValueKind == JsonValueKind.Array ? json.RootElement : json.RootElement.GetProperty("cases");
        return cases.EnumerateArray().Where(c => c.TryGetProperty("text", out _)).Select(c => c.GetProperty("text").GetString()!).ToList();
    }
}
