using System.Text.Json;
using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Corpus;

/// <summary>
/// The article the project began from (shared/corpus/000_9fa68014273a00ab.txt) must be read exactly right, through
/// the same path as `pacta extract FILE --format jsonl`. Skipped when the shared corpus is not next to the repo.
/// </summary>
public sealed class SeedArticleTests
{
    private static readonly string SeedPath = Path.Combine(RepoPaths.SharedCorpus, "000_9fa68014273a00ab.txt");

    [SkippableFact]
    public void Extract_SeedArticle_GivesExactlyTheThreeAgreements()
    {
        var document = ExtractSeed();
        var agreements = document.GetProperty("agreements").EnumerateArray().ToList();
        var keys = agreements.Select(a => $"{string.Join('-', a.GetProperty("parties").EnumerateArray().Select(p => p.GetString()))} {a.GetProperty("status").GetString()} {a.GetProperty("date").GetString()}").Order().ToList();
        Assert.Equal(["KAZ-QAT signed 2023-12-12", "KAZ-SRB signed 2023-11", "KAZ-TUR signed 2022-01"], keys);
    }

    [SkippableFact]
    public void Extract_SeedArticle_QatarAgreementHasPlaceKindDomainAndSigners()
    {
        var qatar = Agreement(ExtractSeed(), "KAZ-QAT");
        Assert.Equal("Doha", qatar.GetProperty("place").GetString());
        Assert.Equal("agreement", qatar.GetProperty("kind").GetString());
        Assert.Equal("defense", qatar.GetProperty("domain").GetString());
        Assert.Equal(
            ["Ruslan Fatihūly Jaqsylyqov", "Khalid bin Mohammed al-Attiyah"],
            qatar.GetProperty("signatories").EnumerateArray().Select(s => s.GetString()!).ToArray());
    }

    [SkippableFact]
    public void Extract_SeedArticle_EvidencePointsAtTheRightSentences()
    {
        var document = ExtractSeed();
        var text = File.ReadAllText(SeedPath).Normalize(System.Text.NormalizationForm.FormC);
        foreach (var agreement in document.GetProperty("agreements").EnumerateArray())
        {
            foreach (var evidence in agreement.GetProperty("evidence").EnumerateArray())
            {
                var start = evidence.GetProperty("start").GetInt32();
                var end = evidence.GetProperty("end").GetInt32();
                Assert.Equal(text[start..end], evidence.GetProperty("quote").GetString());
                Assert.DoesNotContain("États-Unis", evidence.GetProperty("quote").GetString());
            }
        }

        Assert.Contains(Agreement(document, "KAZ-QAT").GetProperty("evidence").EnumerateArray(), e => e.GetProperty("quote").GetString()!.StartsWith("Le 12 décembre 2023, le Qatar et le Kazakhstan", StringComparison.Ordinal));
        Assert.Contains(Agreement(document, "KAZ-TUR").GetProperty("evidence").EnumerateArray(), e => e.GetProperty("quote").GetString()!.Contains("Turquie signée en janvier 2022", StringComparison.Ordinal));
        Assert.Contains(Agreement(document, "KAZ-SRB").GetProperty("evidence").EnumerateArray(), e => e.GetProperty("quote").GetString()!.Contains("Serbie en novembre 2023", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void Extract_SeedArticle_FindsLanguageDateTitleAndByline()
    {
        var document = ExtractSeed();
        Assert.Equal("fr", document.GetProperty("language").GetString());
        Assert.Equal("2023-12-14", document.GetProperty("published").GetString());
        Assert.Equal("Accord de coopération militaire signé entre Doha et Astana", document.GetProperty("title").GetString());
        Assert.Equal("Jean-Baptiste Giraud", document.GetProperty("byline").GetString());
    }

    private static JsonElement Agreement(JsonElement document, string parties) =>
        document.GetProperty("agreements").EnumerateArray().Single(a => string.Join('-', a.GetProperty("parties").EnumerateArray().Select(p => p.GetString())) == parties);

    private static JsonElement ExtractSeed()
    {
        Skip.IfNot(File.Exists(SeedPath), $"the seed article is not at {SeedPath}");
        var output = new StringWriter();
        var code = ExtractCommand.Run([SeedPath], OutputFormat.Jsonl, 0, null, null, output, new StringWriter());
        Assert.Equal(ExitCodes.Success, code);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return JsonDocument.Parse(Assert.Single(lines)).RootElement.Clone();
    }
}
