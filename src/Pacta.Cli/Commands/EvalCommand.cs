using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Pacta.Cli.Output;
using Pacta.Core.Evaluation;
using Pacta.Core.Model;
using Pacta.Ingest.Readers;
using Spectre.Console;

namespace Pacta.Cli.Commands;

/// <summary>`pacta eval GOLD_DIR`: extracts from a folder of gold documents and scores the result as tools/score.py does.</summary>
public sealed class EvalCommand : Command
{
    public EvalCommand()
        : base("eval", "Run extraction on a folder of gold-format documents and score it (party set + status match; date and place on matched pairs), overall and per language.")
    {
        Arguments.Add(GoldDir);
        Options.Add(Format);
        Options.Add(MinF1);
        Options.Add(MinConfidence);
        Options.Add(DataDir);
        SetAction(parseResult => Run(
            parseResult.GetValue(GoldDir)!,
            parseResult.GetValue(Format),
            parseResult.GetValue(MinF1),
            parseResult.GetValue(MinConfidence),
            parseResult.GetValue(DataDir),
            Console.Out,
            Console.Error));
    }

    internal Argument<string> GoldDir { get; } = new("GOLD_DIR") { Description = "A folder of gold-format .json documents (shared/corpus/GOLD-FORMAT.md)." };

    internal Option<OutputFormat> Format { get; } = new("--format", "-f")
    {
        Description = "table (misses, false agreements and scores) or json.",
        DefaultValueFactory = _ => OutputFormat.Table,
    };

    internal Option<double?> MinF1 { get; } = new("--min-f1") { Description = "Exit with code 4 when overall F1 is below this (a CI gate)." };

    internal Option<double> MinConfidence { get; } = CommonOptions.MinConfidence();

    internal Option<string?> DataDir { get; } = CommonOptions.DataDir();

    internal static int Run(string goldDir, OutputFormat format, double? minF1, double minConfidence, string? dataDir, TextWriter output, TextWriter errors)
    {
        if (!Directory.Exists(goldDir))
        {
            errors.WriteLine($"eval: no such folder: {goldDir}");
            return ExitCodes.UsageError;
        }

        var gold = new GoldCorpusReader().Read(goldDir);
        var pipeline = PipelineFactory.Create(dataDir, minConfidence, null);
        var documents = new DocumentReader().Read([goldDir]).Where(r => r.Document is not null).Select(r => r.Document!).ToList();
        var results = ExtractCommand.Process(pipeline, documents);
        var predictions = results.ToDictionary(
            r => r.Document.Id,
            r => (IReadOnlyList<PredictedAgreement>)r.Agreements.Select(ToPrediction).ToList());
        var report = new Scorer().Score(gold, predictions);

        if (format == OutputFormat.Json)
        {
            output.WriteLine(ToJson(report).ToJsonString(JsonShapes.Indented));
        }
        else
        {
            WriteTable(report, output);
        }

        // Compared at the precision the scores are printed and stored with (three decimals).
        return minF1 is { } threshold && Math.Round(report.Overall.F1, 3) < threshold ? ExitCodes.BelowThreshold : ExitCodes.Success;
    }

    private static PredictedAgreement ToPrediction(AgreementMention a) =>
        new(a.Parties.Select(p => p.Value).ToList(), a.Status.ToGold(), a.Date?.ToString(), a.Place, a.Signatories);

    private static JsonObject ToJson(EvaluationReport report)
    {
        var languages = new JsonObject();
        foreach (var (language, counts) in report.ByLanguage)
        {
            languages[language] = Counts(counts);
        }

        return new JsonObject
        {
            ["overall"] = Counts(report.Overall),
            ["by_language"] = languages,
            ["negatives"] = new JsonObject
            {
                ["docs"] = report.NegativeDocuments,
                ["with_false_agreements"] = report.NegativeDocumentsWithFalseAgreements,
            },
            ["documents_without_output"] = report.DocumentsWithoutOutput,
            ["rows"] = new JsonArray(report.Rows.Select(r => (JsonNode)new JsonObject
            {
                ["id"] = r.DocumentId,
                ["what"] = r.What,
                ["parties"] = r.Parties,
                ["status"] = r.Status,
            }).ToArray()),
        };
    }

    private static JsonObject Counts(ScoreCounts c) => new()
    {
        ["docs"] = c.Documents,
        ["tp"] = c.TruePositives,
        ["fp"] = c.FalsePositives,
        ["fn"] = c.FalseNegatives,
        ["precision"] = Math.Round(c.Precision, 3),
        ["recall"] = Math.Round(c.Recall, 3),
        ["f1"] = Math.Round(c.F1, 3),
        ["date_accuracy"] = c.DateAccuracy is { } d ? Math.Round(d, 3) : null,
        ["place_accuracy"] = c.PlaceAccuracy is { } p ? Math.Round(p, 3) : null,
        ["signatory_accuracy"] = c.SignatoryAccuracy is { } s ? Math.Round(s, 3) : null,
    };

    private static void WriteTable(EvaluationReport report, TextWriter output)
    {
        var console = TableConsole.For(output);
        if (report.Rows.Count > 0)
        {
            var misses = new Table().AddColumns("document", "what", "parties", "status");
            foreach (var row in report.Rows)
            {
                misses.AddRow(Markup.Escape(row.DocumentId), row.What, row.Parties, row.Status ?? "");
            }

            console.Write(misses);
        }

        var table = new Table().AddColumns("language", "docs", "tp", "fp", "fn", "precision", "recall", "F1", "dates", "places", "signers");
        foreach (var (language, c) in report.ByLanguage.Append(new KeyValuePair<string, ScoreCounts>("overall", report.Overall)))
        {
            table.AddRow(language, Num(c.Documents), Num(c.TruePositives), Num(c.FalsePositives), Num(c.FalseNegatives),
                F(c.Precision), F(c.Recall), F(c.F1), c.DateAccuracy is { } d ? F(d) : "-", c.PlaceAccuracy is { } p ? F(p) : "-",
                c.SignatoryAccuracy is { } s ? F(s) : "-");
        }

        console.Write(table);
        console.WriteLine($"negative docs with false agreements: {report.NegativeDocumentsWithFalseAgreements} / {report.NegativeDocuments}");
        console.WriteLine($"documents without output: {report.DocumentsWithoutOutput}");
        var o = report.Overall;
        console.WriteLine($"overall P={F(o.Precision)} R={F(o.Recall)} F1={F(o.F1)} dates={(o.DateAccuracy is { } da ? F(da) : "-")}");
    }

    private static string Num(int n) => n.ToString(CultureInfo.InvariantCulture);

    private static string F(double x) => Math.Round(x, 3).ToString("0.000", CultureInfo.InvariantCulture);
}
