namespace Pacta.Bench;

/// <summary>What `pacta bench` measures on: a generated corpus of <see cref="Documents"/> articles (or an existing
/// folder), read by <see cref="Threads"/> workers.</summary>
public sealed record BenchOptions
{
    public int Documents { get; init; } = 2000;

    public int Threads { get; init; } = Environment.ProcessorCount;

    public ulong Seed { get; init; } = 42;

    /// <summary>Timed rounds per stage; each stage reports its fastest.</summary>
    public int Rounds { get; init; } = 3;

    /// <summary>A folder of .txt articles to measure instead of a generated corpus.</summary>
    public string? Corpus { get; init; }
}
