using System.Text;

namespace Pacta.Core.Text;

/// <summary>
/// The key of every single UTF-16 character outside the surrogate range, computed once by the definition itself
/// (decompose, then <see cref="KeyNormalizer"/>'s fold), so that a word's key is the concatenation of its characters'
/// keys, read from a table: no call into the Unicode library per word, no case mapping per letter.
/// </summary>
/// <remarks>
/// Why concatenation gives the word's key exactly: canonical decomposition decomposes each character on its own and
/// then reorders only runs of characters with a non-zero combining class; every such character is a combining mark
/// (Unicode's stability policy; the folds drop all marks), so the reordering never changes what survives. Surrogate
/// pairs are left to the library (no entry).
/// </remarks>
internal static class CharacterKeys
{
    /// <summary>Marks a character with no entry (a surrogate).</summary>
    private const int NoEntry = -1;

    /// <summary>Per character: offset into <see cref="Chars"/> shifted left by 2, plus the key's length (0–3).</summary>
    private static readonly int[] Entries;

    private static readonly char[] Chars;

    static CharacterKeys()
    {
        Entries = new int[char.MaxValue + 1];
        var chars = new List<char>(char.MaxValue + 1);
        Span<char> folded = stackalloc char[16];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (Decomposed(c) is not { } decomposed || KeyNormalizer.Fold(decomposed, folded) is var length && length > 3)
            {
                // A surrogate, a code point the library refuses, or (none in Unicode 16) a key too long for an entry:
                // a word with one takes the library path, which behaves as before the table.
                Entries[i] = NoEntry;
                continue;
            }

            Entries[i] = (chars.Count << 2) | length;
            foreach (var k in folded[..length])
            {
                chars.Add(k);
            }
        }

        Chars = [.. chars];
    }

    /// <summary>The canonical decomposition of one character, or null for a surrogate or a noncharacter such as
    /// U+FFFE, which the library rejects (the exception is caught once, here, at start-up).</summary>
    private static string? Decomposed(char c)
    {
        if (char.IsSurrogate(c))
        {
            return null;
        }

        try
        {
            return c.ToString().Normalize(NormalizationForm.FormD);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes the key of <paramref name="word"/> into <paramref name="key"/>; false when a character has
    /// no entry or <paramref name="key"/> is too short (the caller takes the library path).</summary>
    public static bool TryFold(ReadOnlySpan<char> word, Span<char> key, out int written)
    {
        var entries = Entries;
        var chars = Chars;
        written = 0;
        foreach (var c in word)
        {
            var entry = entries[c];
            if (entry == NoEntry)
            {
                return false;
            }

            var length = entry & 3;
            if (written + length > key.Length)
            {
                return false;
            }

            var offset = entry >> 2;
            for (var k = 0; k < length; k++)
            {
                key[written++] = chars[offset + k];
            }
        }

        return true;
    }

    /// <summary>How many characters <paramref name="c"/>'s key has (0 for a mark), or -1 when it has no entry.</summary>
    public static int KeyLength(char c) => Entries[c] is var entry and not NoEntry ? entry & 3 : -1;

    /// <summary>Appends <paramref name="c"/>'s key, sixteen bits a character, to <paramref name="packed"/>, cut at
    /// <paramref name="length"/> characters; false when <paramref name="c"/> has no entry.</summary>
    public static bool TryPack(char c, ref ulong packed, ref int written, int length)
    {
        var entry = Entries[c];
        if (entry == NoEntry)
        {
            return false;
        }

        var offset = entry >> 2;
        for (var k = 0; k < (entry & 3) && written < length; k++)
        {
            packed = (packed << 16) | Chars[offset + k];
            written++;
        }

        return true;
    }
}
