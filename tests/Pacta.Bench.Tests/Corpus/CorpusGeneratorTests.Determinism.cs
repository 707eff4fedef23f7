using Pacta.Bench.Corpus;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Bench.Tests.Corpus;

public sealed partial class CorpusGeneratorTests
{
    [Fact]
    public void Generate_SameSeed_SameArticles()
    {
        var again = new CorpusGenerator().Generate(Articles, seed: 42).ToList();

        Assert.Equal(Sample, again);
    }

    [Fact]
    public void Generate_OtherSeed_OtherArticles()
    {
        var other = Generator.Generate(50, seed: 43).ToList();

        Assert.NotEqual(Sample.Take(50).Select(a => a.Text), other.Select(a => a.Text));
    }

    [Fact]
    public void GenerateOne_AnyIndex_EqualsThatArticleOfTheWholeRun() =>
        Assert.Equal(Sample[137], Generator.GenerateOne(137, seed: 42));

    [Fact]
    public void Write_SameSeedTwice_ByteIdenticalFiles()
    {
        using var first = new TempDirectory("pacta-corpus");
        using var second = new TempDirectory("pacta-corpus");

        CorpusWriter.Write(first.Path, 60, seed: 7);
        CorpusWriter.Write(second.Path, 60, seed: 7);

        var files = Directory.EnumerateFiles(first.Path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(60, files.Count);
        foreach (var file in files)
        {
            var twin = Path.Combine(second.Path, Path.GetRelativePath(first.Path, file));
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(twin));
        }
    }
}
