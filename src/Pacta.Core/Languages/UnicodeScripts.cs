using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>Which writing system most letters of a text belong to.</summary>
public static class UnicodeScripts
{
    /// <summary>The count slot of non-letters, after the last script.</summary>
    private const byte NotALetter = (byte)UnicodeScript.Arabic + 1;

    private static readonly byte[] LetterScripts = BuildLetterScripts();

    public static UnicodeScript Of(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => UnicodeScript.Latin,
        >= '\u0400' and <= '\u052F' => UnicodeScript.Cyrillic,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => UnicodeScript.Arabic,
        _ => UnicodeScript.Other,
    };

    public static UnicodeScript Dominant(ReadOnlySpan<char> text)
    {
        // This runs over the first 1,000 to 4,000 characters of every document: one table read and one count per
        // character, the non-letters counted in a slot of their own. Four rows of counts, one per character of four in
        // turn, so that neighbouring letters of one script do not wait on each other's increment.
        const int Slots = NotALetter + 1;
        Span<int> rows = stackalloc int[4 * Slots];
        var table = LetterScripts;
        var i = 0;
        for (; i + 4 <= text.Length; i += 4)
        {
            rows[table[text[i]]]++;
            rows[Slots + table[text[i + 1]]]++;
            rows[(2 * Slots) + table[text[i + 2]]]++;
            rows[(3 * Slots) + table[text[i + 3]]]++;
        }

        for (; i < text.Length; i++)
        {
            rows[table[text[i]]]++;
        }

        Span<int> counts = stackalloc int[Slots];
        for (var slot = 0; slot < Slots; slot++)
        {
            counts[slot] = rows[slot] + rows[Slots + slot] + rows[(2 * Slots) + slot] + rows[(3 * Slots) + slot];
        }

        var best = UnicodeScript.Other;
        for (var s = 1; s < NotALetter; s++)
        {
            if (counts[s] > counts[(int)best] || (best == UnicodeScript.Other && counts[s] > 0))
            {
                best = (UnicodeScript)s;
            }
        }

        return best;
    }

    /// <summary>Per character: its script's number when it is a letter, else <see cref="NotALetter"/>.</summary>
    private static byte[] BuildLetterScripts()
    {
        var table = new byte[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            table[i] = (CharacterClasses.Of(c) & CharacterClasses.Letter) != 0 ? (byte)Of(c) : NotALetter;
        }

        return table;
    }
}
