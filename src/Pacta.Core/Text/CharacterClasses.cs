using System.Globalization;

namespace Pacta.Core.Text;

/// <summary>
/// What the tokenizer asks of a character (space, word character, digit, mark, capital, letter), one table lookup instead
/// of the Unicode category calls, which cost more for every letter outside Latin-1. Built once from those same calls,
/// so every answer is the same.
/// </summary>
internal static class CharacterClasses
{
    public const byte WhiteSpace = 1;

    /// <summary>A letter, digit, mark, zero-width non-joiner or Arabic tatweel: part of a word.</summary>
    public const byte Word = 2;

    /// <summary>A decimal digit (<see cref="char.IsDigit(char)"/>).</summary>
    public const byte Digit = 4;

    /// <summary>A combining mark, zero-width non-joiner or tatweel: never splits a word, even between a digit and a letter.</summary>
    public const byte Mark = 8;

    public const byte Upper = 16;

    public const byte Letter = 32;

    /// <summary>Goes on a word that began with a letter: a word character that is no digit, or a mark.</summary>
    public const byte ContinuesLetters = 64;

    /// <summary>Goes on a number: a digit, or a mark.</summary>
    public const byte ContinuesDigits = 128;

    private static readonly byte[] Table = Build();

    public static byte Of(char c) => Table[c];

    /// <summary>The whole table, for a loop over every character of a text that looks each one up.</summary>
    public static ReadOnlySpan<byte> All => Table;

    /// <summary>True when the word has a mark, joiner or tatweel: the only word characters a key drops, so a word
    /// without one is never longer than its key.</summary>
    public static bool AnyMark(ReadOnlySpan<char> word)
    {
        var table = Table;
        foreach (var c in word)
        {
            if ((table[c] & Mark) != 0)
            {
                return true;
            }
        }

        return false;
    }

    private static byte[] Build()
    {
        var table = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            var mark = category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark || c == '\u200C' || c == '\u0640';
            var flags = 0;
            flags |= char.IsWhiteSpace(c) ? WhiteSpace : 0;
            flags |= char.IsLetterOrDigit(c) || mark ? Word : 0;
            flags |= char.IsDigit(c) ? Digit : 0;
            flags |= mark ? Mark : 0;
            flags |= char.IsUpper(c) ? Upper : 0;
            flags |= char.IsLetter(c) ? Letter : 0;
            flags |= mark || ((flags & Word) != 0 && !char.IsDigit(c)) ? ContinuesLetters : 0;
            flags |= mark || char.IsDigit(c) ? ContinuesDigits : 0;
            table[i] = (byte)flags;
        }

        return table;
    }
}
