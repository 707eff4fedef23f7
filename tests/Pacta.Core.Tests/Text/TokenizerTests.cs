using Pacta.Core.Model;
using Pacta.Core.Text;
using Xunit;

namespace Pacta.Core.Tests.Text;

public sealed class TokenizerTests
{
    [Theory]
    [InlineData("Guinea-Bissau", "Bissau", false)]
    [InlineData("Côte d'Ivoire", "Ivoire", false)]
    [InlineData("LONDON - Chancellor Merz", "Chancellor", true)]
    [InlineData("Bamako -Tuesday", "Tuesday", false)]
    [InlineData("Paris, Monday", "Monday", true)]
    public void Tokenize_JoinersAndDashes_BreakOnlyWhereTheyShould(string text, string word, bool breaks)
    {
        var tokens = Tokenizer.Tokenize(text, new TextSpan(0, text.Length));

        var token = Assert.Single(tokens, t => t.Span.Slice(text) == word);
        Assert.Equal(breaks, token.HardBreakBefore);
    }
}
