using System.Text.Json.Nodes;
using Pacta.Core.Pipeline;
using Xunit;

namespace Pacta.Bench.Tests;

public sealed class BenchRunnerTests
{
    [Fact]
    public void Run_TinyCorpus_JsonHasEveryFieldPositive()
    {
        var report = new BenchRunner(new PipelineBuilder().Build()).Run(new BenchOptions { Documents = 20, Threads = 2, Rounds = 1 });

        // As printed: the fields a reader of `pacta bench --format json` gets.
        var json = JsonNode.Parse(report.ToJson().ToJsonString())!;
        foreach (var field in new[]
                 {
                     "limit_mb_s", "lucene_mb_s", "extract_mb_s", "ingest_mb_s", "extract_vs_limit", "extract_vs_lucene", "peak_rss_mb",
                     "threads", "docs",
                 })
        {
            Assert.True(json[field]!.GetValue<double>() > 0, $"{field} = {json[field]}");
        }

        Assert.Equal(20, json["docs"]!.GetValue<int>());
        Assert.Equal(2, json["threads"]!.GetValue<int>());
    }
}
