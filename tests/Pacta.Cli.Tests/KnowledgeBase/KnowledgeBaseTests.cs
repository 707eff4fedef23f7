using System.Text.Json;
using System.Text.Json.Nodes;
using Pacta.Cli.Commands;
using Pacta.Cli.Commands.Review;
using Pacta.Core.Model;
using Pacta.Storage.Review;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.KnowledgeBase;

/// <summary>The knowledge base end to end: real extraction of our own articles, then ingest, agreements, show,
/// review and reprocess through the commands.</summary>
public sealed class KnowledgeBaseTests : IDisposable
{
    private static readonly FixedClock Clock = new(new DateTimeOffset(2024, 12, 1, 9, 0, 0, TimeSpan.Zero));

    private readonly TempDirectory _folder = new();
    private readonly string _database;

    public KnowledgeBaseTests()
    {
        _database = _folder.Combine("pacta.db");
    }

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Ingest_FiveReportsOfOneSigningInThreeLanguages_GiveOneAgreementWithFiveSources()
    {
        Ingest(Write(Articles.OneSigning));

        var agreement = Assert.Single(ListJson());

        Assert.Equal("KAZ-QAT-2023-12-12-agreement", agreement["id"]!.GetValue<string>());
        Assert.Equal("signed", agreement["status"]!.GetValue<string>());
        Assert.Equal("Doha", agreement["place"]!.GetValue<string>());
        Assert.Equal(5, agreement["sources"]!.GetValue<int>());
        Assert.Equal(5, agreement["reports"]!.GetValue<int>());
    }

    [Fact]
    public void Ingest_PlannedSignedRatifiedInThreeArticles_GiveOneAgreementWithThreeStepHistory()
    {
        Ingest(Write(Articles.ThreeSteps));
        var id = Assert.Single(ListJson())["id"]!.GetValue<string>();

        var shown = ShowJson(id);

        Assert.Equal("ratified", shown["status"]!.GetValue<string>());
        Assert.Equal("2024-04-15", shown["date"]!.GetValue<string>());
        Assert.Equal(
            ["planned 2024-04", "signed 2024-04-15", "ratified 2024-11-19"],
            shown["history"]!.AsArray().Select(s => $"{s!["status"]} {s["date"]}"));
        Assert.Contains("ратифицировал", shown["history"]![2]!["evidence"]![0]!["quote"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(3, shown["mentions"]!.AsArray().Count);
        Assert.All(shown["mentions"]!.AsArray(), m => Assert.NotEmpty(m!["evidence"]!.AsArray()));
    }

    [Fact]
    public void Ingest_TwoAnnualPlans_StayApart()
    {
        Ingest(Write(Articles.TwoPlans));

        var listed = ListJson();

        Assert.Equal(["BLR-RUS-2024-12-18-plan", "BLR-RUS-2023-12-20-plan"], listed.Select(a => a["id"]!.GetValue<string>()));
    }

    [Fact]
    public void Ingest_ShuffledOrder_GivesIdenticalRecords()
    {
        var files = Write(Articles.OneSigning.Concat(Articles.ThreeSteps).Concat(Articles.TwoPlans).ToDictionary());
        var outputs = new HashSet<string>(StringComparer.Ordinal);
        var random = new Random(11);
        for (var round = 0; round < 4; round++)
        {
            var database = _folder.Combine($"order-{round}.db");
            foreach (var file in files.OrderBy(_ => random.Next()))
            {
                Assert.Equal(ExitCodes.Success, IngestCommand.Run([file], database, 0, null, null, Clock, new StringWriter(), new StringWriter()));
            }

            var listed = JsonNode.Parse(Agreements(database, OutputFormat.Json))!.AsArray();
            foreach (var agreement in listed)
            {
                // Ids are minted from an agreement's first report and then frozen (README): everything else must match.
                agreement!.AsObject().Remove("id");
            }

            outputs.Add(listed.ToJsonString());
        }

        Assert.Single(outputs);
    }

    [Fact]
    public void Reprocess_AfterTheExtractorChanges_KeepsEveryReviewDecision()
    {
        Ingest(Write(Articles.OneSigning.Concat(Articles.ThreeSteps).Concat(Articles.TwoPlans).ToDictionary()));
        var life = ListJson().Single(a => a["parties"]!.ToJsonString() == """["OMN","UZB"]""")["id"]!.GetValue<string>();
        Assert.Equal(ExitCodes.Success, ReviewVerdictCommand.Run(ReviewAction.Reject, "BLR-RUS-2023-12-20-plan", _database, "ana", Clock, new StringWriter(), new StringWriter()));
        Assert.Equal(ExitCodes.Success, ReviewEditCommand.Run("KAZ-QAT-2023-12-12-agreement", new Dictionary<string, string> { ["place"] = "Doha, Qatar" }, _database, "ana", Clock, new StringWriter(), new StringWriter()));
        Assert.Equal(ExitCodes.Success, ReviewVerdictCommand.Run(ReviewAction.Confirm, life, _database, "ana", Clock, new StringWriter(), new StringWriter()));

        // A changed extractor: every confidence lower, and the ratification no longer found.
        var pipeline = PipelineFactory.Create(null, 0, null);
        var output = new StringWriter();
        var code = ReprocessCommand.Run(
            _database,
            document =>
            {
                var result = pipeline.Process(document);
                return result with
                {
                    Agreements = result.Agreements.Where(a => a.Status != AgreementStatus.Ratified).Select(a => a with { Confidence = a.Confidence / 2 }).ToList(),
                };
            },
            output,
            new StringWriter());

        Assert.Equal(ExitCodes.Success, code);
        Assert.StartsWith("10 documents reprocessed, 0 failed", output.ToString(), StringComparison.Ordinal);
        var rejected = ShowJson("BLR-RUS-2023-12-20-plan");
        Assert.Equal("rejected", rejected["review"]!.GetValue<string>());
        Assert.DoesNotContain(ListJson(), a => a["id"]!.GetValue<string>() == "BLR-RUS-2023-12-20-plan");
        var edited = ShowJson("KAZ-QAT-2023-12-12-agreement");
        Assert.Equal("Doha, Qatar", edited["place"]!.GetValue<string>());
        Assert.True(edited["confidence"]!.GetValue<double>() < 0.5);
        var confirmed = ShowJson(life);
        Assert.Equal("confirmed", confirmed["review"]!.GetValue<string>());
        Assert.Equal("signed", confirmed["status"]!.GetValue<string>());
    }

    [Fact]
    public void Review_MergeThenSplitThroughTheCommands_ReportsWhoAndWhen()
    {
        Ingest(Write(Articles.TwoPlans));
        var output = new StringWriter();

        var merged = ReviewMergeCommand.Run("BLR-RUS-2023-12-20-plan", "BLR-RUS-2024-12-18-plan", _database, "ana", Clock, output, new StringWriter());
        var mention = ShowJson("BLR-RUS-2023-12-20-plan")["mentions"]!.AsArray().Single(m => m!["date"]!.GetValue<string>() == "2024-12-18")!["key"]!.GetValue<string>();
        var split = ReviewSplitCommand.Run("BLR-RUS-2023-12-20-plan", mention, _database, "ana", Clock, output, new StringWriter());

        Assert.Equal(ExitCodes.Success, merged);
        Assert.Equal(ExitCodes.Success, split);
        Assert.Contains("merged BLR-RUS-2024-12-18-plan into BLR-RUS-2023-12-20-plan by ana at 2024-12-01T09:00:00Z", output.ToString(), StringComparison.Ordinal);
        Assert.Equal(2, ListJson().Count);
    }

    [Fact]
    public void Review_UnknownId_IsAUsageErrorWithTheReason()
    {
        Ingest(Write(Articles.TwoPlans));
        var errors = new StringWriter();

        var code = ReviewVerdictCommand.Run(ReviewAction.Confirm, "NOPE", _database, "ana", Clock, new StringWriter(), errors);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("no agreement has the id 'NOPE'", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void ShowAndReviewList_Table_ShowHistorySourcesAndQueue()
    {
        Ingest(Write(Articles.ThreeSteps));
        var id = Assert.Single(ListJson())["id"]!.GetValue<string>();
        var shown = new StringWriter();
        var queue = new StringWriter();

        Assert.Equal(ExitCodes.Success, ShowCommand.Run(id, _database, OutputFormat.Table, shown, new StringWriter()));
        Assert.Equal(ExitCodes.Success, ReviewListCommand.Run(_database, null, OutputFormat.Table, queue, new StringWriter()));

        Assert.Contains("planned 2024-04:", shown.ToString(), StringComparison.Ordinal);
        Assert.Contains("3 documents, 3 reports", shown.ToString(), StringComparison.Ordinal);
        Assert.Contains("ратифицировал", shown.ToString(), StringComparison.Ordinal);
        Assert.Contains(id, queue.ToString(), StringComparison.Ordinal);
    }

    private string[] Write(IReadOnlyDictionary<string, string> articles) =>
        articles.Select(a => _folder.Write("articles/" + a.Key, a.Value)).ToArray();

    private void Ingest(string[] files)
    {
        var errors = new StringWriter();
        var code = IngestCommand.Run(files, _database, 0, null, null, Clock, new StringWriter(), errors);
        Assert.True(code == ExitCodes.Success, errors.ToString());
    }

    private static string Agreements(string database, OutputFormat format)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = AgreementsCommand.Run(database, null, null, null, null, format, output, errors);
        Assert.True(code == ExitCodes.Success, errors.ToString());
        return output.ToString();
    }

    private List<JsonNode> ListJson() => JsonNode.Parse(Agreements(_database, OutputFormat.Json))!.AsArray().Select(a => a!).ToList();

    private JsonNode ShowJson(string id)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        Assert.True(ShowCommand.Run(id, _database, OutputFormat.Json, output, errors) == ExitCodes.Success, errors.ToString());
        return JsonNode.Parse(output.ToString())!;
    }
}
