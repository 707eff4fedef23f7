using Pacta.Core.Languages;
using Xunit;

namespace Pacta.Core.Tests.Languages;

public sealed class UnicodeScriptsTests
{
    [Theory]
    [InlineData("", UnicodeScript.Other)]
    [InlineData("12, 34!", UnicodeScript.Other)]
    [InlineData("a", UnicodeScript.Latin)]
    [InlineData("Ж", UnicodeScript.Cyrillic)]
    [InlineData("ab1Жж", UnicodeScript.Latin)] // two letters each: the earlier script wins a tie
    [InlineData("Договор (Treaty) о дружбе", UnicodeScript.Cyrillic)]
    [InlineData("NATO و الاتحاد الأوروبي", UnicodeScript.Arabic)]
    [InlineData("中文 text", UnicodeScript.Latin)] // letters of no script Pacta reads count for none
    [InlineData("中文", UnicodeScript.Other)]
    public void Dominant_CountsLettersOnly_AndTheMostFrequentScriptWins(string text, UnicodeScript expected) =>
        Assert.Equal(expected, UnicodeScripts.Dominant(text));

    [Fact]
    public void Dominant_EveryLengthAndOffset_CountsEveryCharacter()
    {
        // The count runs four characters at a time: a lone letter among digits must be counted wherever it falls.
        for (var length = 1; length <= 11; length++)
        {
            for (var at = 0; at < length; at++)
            {
                var digits = new string('1', length).ToCharArray();
                digits[at] = 'ж';
                Assert.Equal(UnicodeScript.Cyrillic, UnicodeScripts.Dominant(new string(digits)));
            }
        }
    }
}
