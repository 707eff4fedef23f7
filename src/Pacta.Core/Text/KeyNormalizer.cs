using System.Buffers;
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
/// ASCII), other words are the concatenation of their characters' keys from a table built once
/// (<see cref="CharacterKeys"/>), and only words with surrogate pairs call the Unicode library.
/// </remarks>
public static class KeyNormalizer
{
    /// <summary>Longer words (rare: no lexicon form is this long) take the allocating path.</summary>
    private const int StackLimit = 128;

    /// <summary>Room <see cref="TryNormalize"/> needs for a word of <paramref name="length"/> characters at most
    /// (a letter may decompose into itself and marks, and ß becomes two letters).</summary>
    public static int MaxKeyLength(int length) => length * 4;

    public static string Normalize(ReadOnlySpan<char> word)
    {
        if (Ascii.IsValid(word))
        {
            return string.Create(word.Length, word, static (destination, source) => Ascii.ToLower(source, destination, out _));
        }

        Span<char> key = word.Length <= StackLimit ? stackalloc char[MaxKeyLength(word.Length)] : new char[MaxKeyLength(word.Length)];
        return TryNormalize(word, key, out var written) ? new string(key[..written]) : Fold(word.ToString().Normalize(NormalizationForm.FormD));
    }

    /// <summary>The whole key of a word, packed as <see cref="TryPackKeyStart"/> packs it, when it has at most
    /// <paramref name="length"/> (up to four) characters; false when it is longer or a character has no cheap key. A
    /// short word then costs a number, not a string, to look up.</summary>
    public static bool TryPackKey(ReadOnlySpan<char> word, int length, out ulong packed)
    {
        packed = 0;
        var written = 0;
        foreach (var c in word)
        {
            var keyLength = char.IsAscii(c) ? 1 : CharacterKeys.KeyLength(c);
            if (keyLength < 0 || written + keyLength > length)
            {
                return false;
            }

            if (keyLength == 1 && char.IsAscii(c))
            {
                packed = (packed << 16) | char.ToLowerInvariant(c);
                written++;
            }
            else
            {
                CharacterKeys.TryPack(c, ref packed, ref written, length);
            }
        }

        return true;
    }

    /// <summary>
    /// The first <paramref name="length"/> characters of the word's key (fewer when the key is shorter), without
    /// keying the whole word (a word's key is its characters' keys end to end, so the first characters tell), packed
    /// sixteen bits each into one number, the first highest: the trigger's filter takes them so, with no buffer
    /// written. False when a character has no cheap key (a surrogate pair); the caller then keys the word.
    /// </summary>
    public static bool TryPackKeyStart(ReadOnlySpan<char> word, int length, out ulong packed)
    {
        packed = 0;
        var written = 0;
        foreach (var c in word)
        {
            if (written == length)
            {
                break;
            }

            if (char.IsAscii(c))
            {
                packed = (packed << 16) | char.ToLowerInvariant(c);
                written++;
            }
            else if (!CharacterKeys.TryPack(c, ref packed, ref written, length))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="key"/> without allocating; false when
    /// <paramref name="key"/> is too short (give it <see cref="MaxKeyLength"/>).</summary>
    public static bool TryNormalize(ReadOnlySpan<char> word, Span<char> key, out int written)
    {
        if (Ascii.IsValid(word))
        {
            written = word.Length;
            return Ascii.ToLower(word, key, out _) == OperationStatus.Done;
        }

        if (CharacterKeys.TryFold(word, key, out written))
        {
            // Every word without surrogate pairs: its characters' keys, read from a table.
            return true;
        }

        // Decomposition can grow a word (a letter and its marks); ß becomes two letters.
        var decomposedLength = word.Length <= StackLimit ? word.GetNormalizedLength(NormalizationForm.FormD) : int.MaxValue;
        if (decomposedLength > StackLimit || decomposedLength * 2 > key.Length)
        {
            written = 0;
            return false;
        }

        Span<char> decomposed = stackalloc char[decomposedLength];
        word.TryNormalize(decomposed, out var decomposedWritten, NormalizationForm.FormD);
        written = Fold(decomposed[..decomposedWritten], key);
        return true;
    }

    private static string Fold(string decomposed)
    {
        var key = new char[decomposed.Length * 2];
        return new string(key, 0, Fold(decomposed, key));
    }

    /// <summary>Lower-cases a decomposed word, drops its marks and joiners, and unifies letter variants; returns
    /// the length written to <paramref name="buffer"/> (at least twice as long as the word).</summary>
    internal static int Fold(ReadOnlySpan<char> decomposed, Span<char> buffer)
    {
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

        return length;
    }
}
