using System.Text;
using Pacta.Bench.Corpus;
using Pacta.Core.Model;
using Pacta.Core.Pipeline;
using Xunit;

namespace Pacta.Bench.Tests.Corpus;

public sealed partial class CorpusGeneratorTests
{
    [Fact]
    public void Generate_Always_ArticlesOfTwoToEightKilobytes()
    {
        foreach (var article in Sample)
        {
            var bytes = Encoding.UTF8.GetByteCount(article.Text);
            Assert.InRange(bytes, CorpusGenerator.MinBytes, CorpusGenerator.MaxBytes);
        }
    }

    [Fact]
    public void Generate_Always_AllTwelveLanguagesWeightedTowardEnglish()
    {
        var byLanguage = Sample.GroupBy(a => a.Language).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(["ar", "de", "en", "es", "fa", "fr", "it", "kk", "pt", "ru", "tr", "uk"], byLanguage.Keys.Order(StringComparer.Ordinal));
        Assert.Equal("en", byLanguage.MaxBy(p => p.Value).Key);
        Assert.All(["fr", "ru", "es"], l => Assert.True(byLanguage[l] > byLanguage["kk"]));
    }

    [Fact]
    public void Generate_Always_AboutOneArticleInTwentyReportsAnAgreement()
    {
        var share = Sample.Count(a => a.ReportsAgreement) / (double)Sample.Count;

        Assert.InRange(share, 0.02, 0.10);
    }

    [Fact]
    public void Extract_GeneratedArticles_FindsTheReportedAgreementsAndFewOthers()
    {
        var pipeline = new PipelineBuilder().Build();
        var found = Sample.Select(a => (Article: a, Agreements: pipeline.Process(new Document(a.RelativePath, "bench", a.Text)).Agreements.Count)).ToList();

        var reported = found.Where(f => f.Article.ReportsAgreement).ToList();
        var recall = reported.Count(f => f.Agreements > 0) / (double)reported.Count;
        var falseShare = found.Count(f => !f.Article.ReportsAgreement && f.Agreements > 0) / (double)found.Count;
        Assert.InRange(recall, 0.8, 1.0);
        Assert.InRange(falseShare, 0.0, 0.01);
        Assert.InRange(found.Count(f => f.Agreements > 0) / (double)found.Count, 0.02, 0.10);
    }
}
