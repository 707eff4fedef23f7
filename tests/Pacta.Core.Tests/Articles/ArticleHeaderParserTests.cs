using Pacta.Core.Articles;
using Pacta.Core.Languages;
using Xunit;

namespace Pacta.Core.Tests.Articles;

public sealed class ArticleHeaderParserTests
{
    private static readonly ArticleHeaderParser Parser = new();

    [Theory]
    [InlineData("en", "Ministers meet in Astana\nBy Jane Whitfield\nPublished 3 March 2025\n\nThe two ministers met on Monday.", "Jane Whitfield", "2025-03-03")]
    [InlineData("fr", "Les ministres réunis à Dakar\nPar Jean-Marc Diallo\nPublié le 4 mars 2025\n\nLes deux ministres se sont réunis lundi.", "Jean-Marc Diallo", "2025-03-04")]
    [InlineData("es", "Los ministros se reúnen en Lima\nPor Ana María Quispe\n\nLos dos ministros se reunieron el lunes.", "Ana María Quispe", null)]
    public void Parse_BylineLineAfterTheTitle_IsTheByline(string language, string text, string byline, string? published)
    {
        var header = Parser.Parse(text, LanguageCatalog.Embedded.Get(language));

        Assert.Equal(byline, header.Byline);
        Assert.Equal(published is null ? null : DateOnly.Parse(published), header.Published);
    }

    [Theory]
    [InlineData("en", "Ministers meet in Astana\nPublished 3 March 2025\n\nThe two ministers met on Monday. By then the talks had ended. Officials from Kazakhstan said little.")]
    [InlineData("en", "Ministers meet in Astana\n\nBy the end of the day, Kazakhstan and Qatar had agreed on a plan.")]
    public void Parse_LeadSentencesThatOnlyStartLikeAByline_GiveNoByline(string language, string text)
    {
        Assert.Null(Parser.Parse(text, LanguageCatalog.Embedded.Get(language)).Byline);
    }
}
