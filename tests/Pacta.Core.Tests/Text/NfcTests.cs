using System.Text;
using Pacta.Core.Text;
using Xunit;

namespace Pacta.Core.Tests.Text;

/// <summary><see cref="Nfc"/> skips ICU for texts of inert characters: its answer must be ICU's NFC.</summary>
public sealed class NfcTests
{
    [Fact]
    public void IsInert_EveryPairOfInertCharacters_IsAlreadyNfc()
    {
        // Composition and reordering act on neighbours, so a string of inert characters is NFC if every pair is.
        var inert = Enumerable.Range(0, 0x20D0).Select(i => (char)i).Where(c => Nfc.IsInert([c])).ToList();
        Assert.True(inert.Count > 1500);
        Span<char> pair = stackalloc char[2];
        foreach (var first in inert)
        {
            pair[0] = first;
            foreach (var second in inert)
            {
                pair[1] = second;
                Assert.True(new string(pair).IsNormalized(NormalizationForm.FormC), $"U+{(int)first:X4} U+{(int)second:X4}");
            }
        }
    }

    [Fact]
    public void CommonRanges_HoldInertCharactersOnly()
    {
        foreach (var (start, end) in Nfc.CommonRanges)
        {
            for (var c = start; c < end; c++)
            {
                Assert.True(Nfc.IsInert([(char)c]), $"U+{c:X4}");
            }
        }
    }

    [Fact]
    public void IsInert_OneCharacterInALongText_IsFoundWhereverItStands()
    {
        // Blocks of sixteen are tested at once and the rest one by one: a combining mark, a singleton or a Hangul
        // syllable at any place, in a block or in the tail, must be found.
        foreach (var odd in new[] { '\u0301', '\u2000', '\u0652', '\u0483', '한' })
        {
            foreach (var body in new[] { "Le traité signé à Dakar – dès 2025 ", "Соглашение подписано в Москве ", "وقعت مصر والسودان اتفاقية " })
            {
                var text = string.Concat(Enumerable.Repeat(body, 4));
                Assert.True(Nfc.IsInert(text));
                for (var at = 0; at < text.Length; at++)
                {
                    Assert.False(Nfc.IsInert(text[..at] + odd + text[at..]), $"U+{(int)odd:X4} at {at}");
                }
            }
        }
    }

    [Theory]
    [InlineData("e\u0301")] // e and a combining acute compose to é
    [InlineData("\u2000")] // en quad, a singleton that NFC maps to the en space
    [InlineData("\u0645\u064E\u0646\u0652")] // Arabic with short vowels: marks, left to ICU
    [InlineData("한국")] // Hangul, outside the table
    [InlineData("\uD835\uDC00")] // a surrogate pair
    public void Normalize_TextOutsideTheTable_IsIcuNfc(string text)
    {
        Assert.False(Nfc.IsInert(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormC), Nfc.Normalize(text));
    }

    [Theory]
    [InlineData("Le traité signé à Dakar, « en vigueur » – dès 2025 € …")]
    [InlineData("Соглашение подписано в Москве — «в силе».")]
    [InlineData("وقعت مصر والسودان اتفاقية للتعاون العسكري")]
    [InlineData("Türkiye ile İşbirliği Anlaşması’nı imzaladı")]
    public void Normalize_NewsTextOfInertCharacters_IsReturnedAsItIs(string text)
    {
        Assert.True(Nfc.IsInert(text));
        Assert.Same(text, Nfc.Normalize(text));
        Assert.Equal(text.Normalize(NormalizationForm.FormC), text);
    }
}
