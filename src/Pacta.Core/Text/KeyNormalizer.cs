using System.Globalization;
using System.Text;

namespace Pacta.Core.Text;

/// <summary>
/// Turns a word into the key lexicons are looked up by: lower case, no diacritics, one spelling for the letters
/// that scripts write several ways (Arabic and Persian yeh, kaf, alef and teh marbuta; Turkish dotless i;
/// German sharp s), ASCII digits. The same function runs over lexicon forms and text, so both meet.
/// </summary>
/// <remarks>
/// It runs on every word of every document (keys, language guess), so it allocates only the key itself: ASCII
/// words, the most frequent, are just lower-cased (decomposition, marks and the special letters never touch
/// ASCII), and other words are decomposed into a stack buffer instead of two intermediate strings.
/// </remarks>
public static class KeyNormalizer
{
    /// <summary>Longer words (rare: no lexicon form is this long) take the allocating path.</summary>
    private const int StackLimit = 128;

    public static string Normalize(ReadOnlySpan<char> word)
    {
        if (Ascii.IsValid(word))
        {
            return string.Create(word.Length, word, static (destination, source) => Ascii.ToLower(source, destination, out _));
        }

        // Decomposition can grow a word (a letter and its marks); ß becomes two letters.
        var decomposedLength = word.Length <= StackLimit ? word.GetNormalizedLength(NormalizationForm.FormD) : int.MaxValue;
        if (decomposedLength > StackLimit)
        {
            return Fold(word.ToString().Normalize(NormalizationForm.FormD));
        }

        Span<char> decomposed = stackalloc char[decomposedLength];
        word.TryNormalize(decomposed, out var written, NormalizationForm.FormD);
        return Fold(decomposed[..written]);
    }

    /// <summary>Lower-cases a decomposed word, drops its marks and joiners, and unifies letter variants.</summary>
    private static string Fold(ReadOnlySpan<char> decomposed)
    {
        Span<char> buffer = decomposed.Length * 2 <= StackLimit * 2 ? stackalloc char[decomposed.Length * 2] : new char[decomposed.Length * 2];
        var length = 0;
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case '\u200C' or '\u200D' or '\u0640':
                    continue;
                case 'ı':
                    buffer[length++] = 'i';
                    continue;
                case 'ß':
                    buffer[length++] = 's';
                    buffer[length++] = 's';
                    continue;
                case '’' or 'ʼ' or '‘':
                    buffer[length++] = '\'';
                    continue;
                case 'ى' or 'ی' or 'ې':
                    buffer[length++] = 'ي';
                    continue;
                case 'ک':
                    buffer[length++] = 'ك';
                    continue;
                case 'ة':
                    buffer[length++] = 'ه';
                    continue;
                case 'أ' or 'إ' or 'آ' or 'ٱ':
                    buffer[length++] = 'ا';
                    continue;
            }

            if (char.IsDigit(c) && c > '9')
            {
                var value = (int)CharUnicodeInfo.GetNumericValue(c);
                buffer[length++] = (char)('0' + value);
                continue;
            }

            buffer[length++] = c;
        }

        return new string(buffer[..length]);
    }
}
