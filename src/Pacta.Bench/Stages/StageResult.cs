namespace Pacta.Bench.Stages;

/// <summary>One timed pass of a stage over the whole corpus.</summary>
public sealed record StageResult(string Name, int Documents, long Bytes, TimeSpan Elapsed)
{
    private const double Megabyte = 1024 * 1024;

    public double MegabytesPerSecond => Bytes / Megabyte / Math.Max(Elapsed.TotalSeconds, 1e-9);

    public double DocumentsPerSecond => Documents / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
