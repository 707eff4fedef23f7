using System.Text.Json;
using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;
using Xunit.Abstractions;

namespace Pacta.Cli.Tests.Corpus;

/// <summary>
/// The regression gate on shared/corpus/dev: prints P/R/F1 per language and fails when a score drops below
/// tests/baselines/dev-scores.json (which only changes in a commit that says why). Skipped without the corpus.
/// </summary>
public sealed class DevCorpusTests(ITestOutputHelper output)
{
    private static readonly string DevPath = RepoPaths.DevCorpus;

    [SkippableFact]
    public void Eval_DevCorpus_DoesNotDropBelowBaseline()
    {
        Skip.IfNot(Directory.Exists(DevPath), $"the dev corpus is not at {DevPath}");
        var writer = new StringWriter();
        var code = EvalCommand.Run(DevPath, OutputFormat.Json, null, 0, null, writer, new StringWriter());
        Assert.Equal(ExitCodes.Success, code);
        var report = JsonDocument.Parse(writer.ToString()).RootElement;
        using var baselineStream = File.OpenRead(Path.Combine(RepoPaths.Baselines, "dev-scores.json"));
        var baseline = JsonDocument.Parse(baselineStream).RootElement;

        var failures = new List<string>();
        foreach (var language in report.GetProperty("by_language").EnumerateObject())
        {
            output.WriteLine($"{language.Name}: P={language.Value.GetProperty("precision")} R={language.Value.GetProperty("recall")} F1={language.Value.GetProperty("f1")}");
        }

        var overall = report.GetProperty("overall");
        output.WriteLine($"overall: P={overall.GetProperty("precision")} R={overall.GetProperty("recall")} F1={overall.GetProperty("f1")} dates={overall.GetProperty("date_accuracy")}");
        Check(failures, "overall f1", overall.GetProperty("f1").GetDouble(), baseline.GetProperty("overall_f1").GetDouble());
        Check(failures, "overall date_accuracy", overall.GetProperty("date_accuracy").GetDouble(), baseline.GetProperty("date_accuracy").GetDouble());
        Check(failures, "overall place_accuracy", overall.GetProperty("place_accuracy").GetDouble(), baseline.GetProperty("place_accuracy").GetDouble());
        Check(failures, "overall signatory_accuracy", overall.GetProperty("signatory_accuracy").GetDouble(), baseline.GetProperty("signatory_accuracy").GetDouble());
        foreach (var language in baseline.GetProperty("by_language_f1").EnumerateObject())
        {
            var actual = report.GetProperty("by_language").GetProperty(language.Name).GetProperty("f1").GetDouble();
            Check(failures, $"{language.Name} f1", actual, language.Value.GetDouble());
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static void Check(List<string> failures, string what, double actual, double baseline)
    {
        if (actual + 1e-9 < baseline)
        {
            failures.Add($"{what} = {actual:0.000} is below the baseline {baseline:0.000}");
        }
    }
}
