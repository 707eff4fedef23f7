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
