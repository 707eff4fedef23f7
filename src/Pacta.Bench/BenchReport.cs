using System.Text.Json.Nodes;
using Pacta.Bench.Stages;

namespace Pacta.Bench;

/// <summary>The four stages measured in one run, and the ratios that matter more than the absolute figures
/// (machines differ and are noisy; ratios in one run are comparable).</summary>
public sealed record BenchReport(StageResult Limit, StageResult Lucene, StageResult Extract, StageResult Ingest, int Threads, double PeakRssMegabytes)
{
    public int Documents => Limit.Documents;

    public IReadOnlyList<StageResult> Stages => [Limit, Lucene, Extract, Ingest];

    public double ExtractVsLimit => Extract.MegabytesPerSecond / Limit.MegabytesPerSecond;

    public double ExtractVsLucene => Extract.MegabytesPerSecond / Lucene.MegabytesPerSecond;

    public double IngestVsLimit => Ingest.MegabytesPerSecond / Limit.MegabytesPerSecond;

    /// <summary>The JSON form `pacta bench --format json` prints.</summary>
    public JsonObject ToJson() => new()
    {
        ["limit_mb_s"] = Round(Limit.MegabytesPerSecond),
        ["lucene_mb_s"] = Round(Lucene.MegabytesPerSecond),
        ["extract_mb_s"] = Round(Extract.MegabytesPerSecond),
        ["ingest_mb_s"] = Round(Ingest.MegabytesPerSecond),
        ["extract_vs_limit"] = Round(ExtractVsLimit, 4),
        ["extract_vs_lucene"] = Round(ExtractVsLucene, 4),
        ["ingest_vs_limit"] = Round(IngestVsLimit, 4),
        ["limit_docs_s"] = Round(Limit.DocumentsPerSecond),
        ["lucene_docs_s"] = Round(Lucene.DocumentsPerSecond),
        ["extract_docs_s"] = Round(Extract.DocumentsPerSecond),
        ["ingest_docs_s"] = Round(Ingest.DocumentsPerSecond),
        ["corpus_mb"] = Round(Limit.Bytes / (1024.0 * 1024.0)),
        ["peak_rss_mb"] = Round(PeakRssMegabytes),
        ["threads"] = Threads,
        ["docs"] = Documents,
    };

    private static double Round(double value, int digits = 2) => Math.Round(value, digits);
}
