using System.Diagnostics;
using System.Text.Json;
using System.Text.Json.Nodes;
using Pacta.Cli.Commands;
using Pacta.Core.Evaluation;
using Pacta.Ingest.Readers;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Corpus;

/// <summary>
/// `pacta eval` scores as shared/tools/score.py does. Pacta's own output on the dev corpus is perfect, which would
/// compare two sets of ones, so the predictions are first spoiled in every way the scorer counts: agreements dropped,
/// added, given another status, another date or a coarser one.
/// </summary>
public sealed class ReferenceScorerTests : IDisposable
{
    private static readonly string DevPath = RepoPaths.DevCorpus;
    private static readonly string ScorePy = Path.Combine(RepoPaths.SharedCorpus, "..", "tools", "score.py");

    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [SkippableFact]
    public async Task Score_SpoiledDevPredictions_AgreesWithScorePy()
    {
        Skip.IfNot(Directory.Exists(DevPath) && File.Exists(ScorePy), "the dev corpus or tools/score.py is missing");
        var extracted = new StringWriter();
        Assert.Equal(ExitCodes.Success, ExtractCommand.Run([DevPath], OutputFormat.Jsonl, 0, null, null, extracted, new StringWriter()));
        var lines = extracted.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select((line, i) => Spoil(JsonNode.Parse(line)!.AsObject(), i)).ToList();
        var predictions = _folder.Write("predictions.jsonl", string.Join('\n', lines.Select(l => l.ToJsonString())) + "\n");

        var reference = JsonNode.Parse(await RunScorePyAsync(predictions))!;
        var report = new Scorer().Score(new GoldCorpusReader().Read(DevPath), lines.ToDictionary(
            l => l["id"]!.GetValue<string>(),
            l => (IReadOnlyList<PredictedAgreement>)l["agreements"]!.AsArray().Select(a => new PredictedAgreement(
                a!["parties"]!.AsArray().Select(p => p!.GetValue<string>()).ToList(), a["status"]?.GetValue<string>(), a["date"]?.GetValue<string>(), null)).ToList()));

        Assert.True(report.Overall.FalseNegatives > 0 && report.Overall.FalsePositives > 0 && report.Overall.DateAccuracy < 1, "the spoiling must show in the scores");
        AssertSame("overall", reference["overall"]!, report.Overall);
        foreach (var (language, counts) in report.ByLanguage)
        {
            AssertSame(language, reference["by_language"]![language]!, counts);
        }

        Assert.Equal(reference["by_language"]!.AsObject().Select(l => l.Key).Order(StringComparer.Ordinal), report.ByLanguage.Keys);
    }

    /// <summary>Document <paramref name="index"/> spoiled by its rank: every third loses its first agreement, every
    /// fourth gets a false one, every fifth's first agreement changes status, every sixth's loses its day.</summary>
    private static JsonObject Spoil(JsonObject line, int index)
    {
        var agreements = line["agreements"]!.AsArray();
        if (index % 3 == 0 && agreements.Count > 0)
        {
            agreements.RemoveAt(0);
        }

        if (index % 4 == 0)
        {
            agreements.Add(new JsonObject { ["parties"] = new JsonArray("FRA", "NZL"), ["status"] = "signed", ["date"] = "2020-01-01" });
        }

        if (index % 5 == 0 && agreements.Count > 0)
        {
            agreements[0]!["status"] = agreements[0]!["status"]!.GetValue<string>() == "planned" ? "signed" : "planned";
        }

        if (index % 6 == 1 && agreements.Count > 0 && agreements[0]!["date"]?.GetValue<string>() is { Length: > 4 } date)
        {
            agreements[0]!["date"] = date[..4];
        }

        return line;
    }

    private static async Task<string> RunScorePyAsync(string predictions)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in new[] { ScorePy, DevPath, predictions, "--json" })
        {
            start.ArgumentList.Add(argument);
        }

        using var python = Process.Start(start)!;
        var output = await python.StandardOutput.ReadToEndAsync();
        await python.WaitForExitAsync();
        Assert.True(python.ExitCode == 0, await python.StandardError.ReadToEndAsync());
        return output;
    }

    private static void AssertSame(string what, JsonNode reference, ScoreCounts counts)
    {
        Assert.Equal((what, reference["docs"]!.GetValue<int>(), reference["tp"]!.GetValue<int>(), reference["fp"]!.GetValue<int>(), reference["fn"]!.GetValue<int>()),
            (what, counts.Documents, counts.TruePositives, counts.FalsePositives, counts.FalseNegatives));
        Assert.Equal((what, reference["precision"]!.GetValue<double>(), reference["recall"]!.GetValue<double>(), reference["f1"]!.GetValue<double>()),
            (what, Math.Round(counts.Precision, 3), Math.Round(counts.Recall, 3), Math.Round(counts.F1, 3)));
        Assert.Equal((what, reference["date_accuracy"]?.GetValue<double>()), (what, counts.DateAccuracy is { } d ? Math.Round(d, 3) : (double?)null));
    }
}
