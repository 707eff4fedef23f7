using Pacta.Core.Text;
using Xunit;

namespace Pacta.Core.Tests.Text;

public sealed class SentenceSplitterTests
{
    private readonly SentenceSplitter _splitter = new(["M.", "Dr.", "Gen."]);

    [Fact]
    public void Split_LineBreaksAndStops_GiveSentencesWithSpans()
    {
        const string text = "Title line\n\nFirst sentence here. Second one? Third!";
        var sentences = _splitter.Split(text);
        Assert.Equal(["Title line", "First sentence here.", "Second one?", "Third!"], sentences.Select(s => s.Span.Slice(text)));
        Assert.Equal([0, 1, 1, 1], sentences.Select(s => s.Paragraph));
    }

    [Theory]
    [InlineData("Gen. Smith signed the pact. It was late.", 2)]
    [InlineData("Am 12. Dezember unterzeichneten beide Seiten. Danach nicht.", 2)]
    [InlineData("J. Smith arrived in Paris. He left.", 2)]
    public void Split_AbbreviationsInitialsAndOrdinals_DoNotEndSentences(string text, int count) =>
        Assert.Equal(count, _splitter.Split(text).Count);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(9)]
    public void Split_AtMostSomeSentences_GivesTheFirstOfTheWholeSplit(int max)
    {
        const string text = "Title line\n\nFirst sentence here. Second one? Third!\nGen. Smith came.\n\n\nLast line";
        Assert.Equal(_splitter.Split(text).Take(max), _splitter.Split(text, max));
    }
}
