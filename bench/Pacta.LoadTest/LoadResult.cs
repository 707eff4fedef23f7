using System.Globalization;

namespace Pacta.LoadTest;

/// <summary>What a run measured: how many requests were due and sent, how many failed, the achieved rate and the
/// latency percentiles (nearest rank, in milliseconds, failures included: a failed request took its time too).</summary>
public sealed record LoadResult(int Planned, int Sent, int Errors, TimeSpan Elapsed, double P50, double P90, double P99, double Max)
{
    public double RequestsPerSecond => Sent / Math.Max(Elapsed.TotalSeconds, 1e-9);

    /// <summary>How late the generator sent the requests, 99th percentile, in milliseconds (NaN when not measured):
    /// part of every latency, and a sign that the machine, not the server, was the limit when it is large.</summary>
    public double LagP99 { get; init; } = double.NaN;

    public static LoadResult From(ReadOnlySpan<double> latencies, ReadOnlySpan<bool> failed, int planned, TimeSpan elapsed)
    {
        var sorted = latencies.ToArray();
        Array.Sort(sorted);
        var errors = 0;
        foreach (var f in failed)
        {
            errors += f ? 1 : 0;
        }

        return new LoadResult(
            planned,
            sorted.Length,
            errors,
            elapsed,
            Percentile(sorted, 0.50),
            Percentile(sorted, 0.90),
            Percentile(sorted, 0.99),
            sorted.Length == 0 ? double.NaN : sorted[^1]);
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double fraction) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Count) - 1, 0, sorted.Count - 1)];

    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Sent}/{Planned} requests in {Elapsed.TotalSeconds:0.0} s ({RequestsPerSecond:0.0}/s), errors {Errors}, p50 {P50:0.00} ms, p90 {P90:0.00} ms, p99 {P99:0.00} ms, max {Max:0.00} ms{(double.IsNaN(LagP99) ? "" : $"; sent late p99 {LagP99:0.00} ms")}");
}
