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

    [Fact]
    public void Words_RunsOfAsciiLettersAnyLength_EndWhereTheDefinitionEndsThem()
    {
        // ASCII letters are skipped sixteen at a time: a word of any length, ended by a space, a digit, punctuation or
        // the text's end, or going on over an accented letter or a mark at any place, must end where one character at
        // a time ends it.
        foreach (var length in new[] { 1, 3, 15, 16, 17, 31, 32, 33, 40 })
        {
            var letters = string.Concat(Enumerable.Range(0, length).Select(i => (char)((i % 2 == 0 ? 'a' : 'A') + (i % 26))));
            foreach (var after in new[] { "", " next", "7 next", ", next", "@x", "[x", "`x", "{x", "é next", "\u0301x next", "ж next" })
            {
                foreach (var before in new[] { "", "x ", "12 ", "« " })
                {
                    var text = before + letters + after;
                    Assert.Equal(ReferenceWords(text), Words(text));
                }
            }
        }

        var digits = "20250101202501012025010120250101x";
        Assert.Equal(["20250101202501012025010120250101", "x"], Words(digits));
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        foreach (var span in Tokenizer.Words(text, new TextSpan(0, text.Length)))
        {
            words.Add(span.Slice(text));
        }

        return words;
    }

    /// <summary>Words as the tokenizer defines them, one character at a time: letters with marks, or digits with
    /// marks.</summary>
    private static List<string> ReferenceWords(string text)
    {
        static bool IsMark(char c) => char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.SpacingCombiningMark;
        var words = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]) && !IsMark(text[i]))
            {
                i++;
                continue;
            }

            var digits = char.IsDigit(text[i]);
            var start = i++;
            while (i < text.Length && (IsMark(text[i]) || (char.IsLetterOrDigit(text[i]) && char.IsDigit(text[i]) == digits)))
            {
                i++;
            }

            words.Add(text[start..i]);
        }

        return words;
    }
}
