using Pacta.Bench.Corpus;
using Xunit;

namespace Pacta.Bench.Tests.Corpus;

public sealed partial class CorpusGeneratorTests
{
    private const int Articles = 400;

    private static readonly CorpusGenerator Generator = new();

    private static readonly IReadOnlyList<GeneratedArticle> Sample = Generator.Generate(Articles, seed: 42).ToList();
}
