using BenchmarkDotNet.Attributes;

namespace Pacta.Benchmarks;

/// <summary>The setup every stage benchmark shares: one sample text per language, in a Latin, a Cyrillic and an
/// Arabic-script language (the three keying paths: ASCII, stable non-ASCII, clitic prefixes).</summary>
[MemoryDiagnoser]
public abstract class LanguageBenchmark
{
    [Params("en", "ru", "ar")]
    public string Language { get; set; } = "en";

    protected SampleText Sample { get; private set; } = null!;

    [GlobalSetup]
    public void Setup() => Sample = new SampleText(Language);
}
