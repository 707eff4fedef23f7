namespace Pacta.Bench.Corpus;

/// <summary>What <see cref="CorpusWriter"/> wrote: articles, bytes, and how many report an agreement.</summary>
public sealed record CorpusSummary(int Documents, long Bytes, int Agreements);
