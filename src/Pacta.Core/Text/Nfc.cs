using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace Pacta.Core.Text;

/// <summary>
/// Unicode NFC without the cost of asking ICU for texts that are NFC already. .NET hands every non-ASCII string to
/// ICU, which writes a normalized copy and compares it with the input: a tenth of extraction for Latin, Cyrillic or
/// Arabic news that never changes. A text made only of inert characters is NFC as it stands.
/// </summary>
/// <remarks>A character is inert when NFC leaves it alone, its combining class is zero and nothing composes onto it
/// as a second element: every canonical composition's second element (and every non-zero combining class) is a
/// combining mark (Mn, Mc, Me), and Hangul's algorithmic jamo lie above the table's range. So a string of inert
/// characters can neither decompose, reorder nor compose. The table covers Latin, Greek, Cyrillic, Armenian, Hebrew,
/// Arabic and Syriac letters, general punctuation and currency signs; any other character sends the text to ICU.</remarks>
public static class Nfc
{
    /// <summary>The table's end: after General Punctuation (curly quotes, dashes) and the currency signs, which
    /// most news texts use.</summary>
    private const int TableEnd = 0x20D0;

    /// <summary>Characters from here to <see cref="PunctuationStart"/> (Indic, South-East Asian, Georgian, Hangul
    /// jamo, Greek Extended…) send a text to ICU: left out of the table, they cost no start-up work.</summary>
    private const int ScriptsEnd = 0x800;

    private const int PunctuationStart = 0x2000;

    private static readonly bool[] Inert = Build();

    /// <summary>Ranges of inert characters only (start included, end not), tested sixteen characters at a time: ASCII
    /// and the Latin letters and signs before the combining marks, Cyrillic but its combining signs, the Arabic letters
    /// and digits but the vowel marks, and general punctuation and currency signs from the en space on (the en and em
    /// quads before it are singletons).</summary>
    private static readonly (ushort Start, ushort End)[] Ranges =
    [
        (0x0000, 0x0300),
        (0x0400, 0x0483),
        (0x048A, 0x0530),
        (0x0620, 0x064B),
        (0x0660, 0x0670),
        (0x0671, 0x06D6),
        (0x2002, 0x20D0),
    ];

    /// <summary>The ranges of inert characters tested a block at a time.</summary>
    public static IReadOnlyList<(ushort Start, ushort End)> CommonRanges => Ranges;

    public static string Normalize(string text) => IsInert(text) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>True when every character of the text is inert, so the text is its own NFC.</summary>
    public static bool IsInert(ReadOnlySpan<char> text)
    {
        var i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            // Sixteen characters at a time are tested against the ranges most news is written in; only a block with
            // another character is looked up character by character (Cyrillic and Arabic text cost a lookup a letter).
            var chars = MemoryMarshal.Cast<char, ushort>(text);
            ref var first = ref MemoryMarshal.GetReference(chars);
            for (; i + Vector256<ushort>.Count <= chars.Length; i += Vector256<ushort>.Count)
            {
                if (!InCommonRanges(Vector256.LoadUnsafe(ref first, (nuint)i)) && !IsInertOneByOne(text.Slice(i, Vector256<ushort>.Count)))
                {
                    return false;
                }
            }
        }

        return IsInertOneByOne(text[i..]);
    }

    /// <summary>Every character of the block lies in one of <see cref="CommonRanges"/>.</summary>
    private static bool InCommonRanges(Vector256<ushort> block)
    {
        var inRange = Vector256<ushort>.Zero;
        foreach (var (start, end) in Ranges)
        {
            // One unsigned comparison a range: below its start wraps around to a large number.
            inRange |= Vector256.LessThan(block - Vector256.Create(start), Vector256.Create((ushort)(end - start)));
        }

        return inRange == Vector256<ushort>.AllBitsSet;
    }

    private static bool IsInertOneByOne(ReadOnlySpan<char> text)
    {
        var inert = Inert;
        var i = 0;
        while (true)
        {
            // ASCII is inert: runs of it are skipped by a vectorized search, and only the other characters looked up
            // (a run of Cyrillic or Arabic letters up to its next space or stop).
            var next = text[i..].IndexOfAnyExceptInRange('\0', '\x7F');
            if (next < 0)
            {
                return true;
            }

            for (i += next; i < text.Length && !char.IsAscii(text[i]); i++)
            {
                var c = text[i];
                if (c >= TableEnd || !inert[c])
                {
                    return false;
                }
            }
        }
    }

    private static bool[] Build()
    {
        var table = new bool[TableEnd];
        Fill(table, 0, ScriptsEnd);
        Fill(table, PunctuationStart, TableEnd);
        return table;
    }

    private static void Fill(bool[] table, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var c = (char)i;
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            table[i] = category is not (UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                && c.ToString().IsNormalized(NormalizationForm.FormC);
        }
    }
}
