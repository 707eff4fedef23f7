namespace Pacta.Cli.Commands;

/// <summary>The parsed options of `pacta bench`.</summary>
internal sealed record BenchSettings(int Docs, int Threads, OutputFormat Format, ulong Seed, string? Corpus, int? Generate, string? Out, int Rounds, bool Profile);
