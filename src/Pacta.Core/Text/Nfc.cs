using System.Globalization;
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

    public static string Normalize(string text) => IsInert(text) ? text : text.Normalize(NormalizationForm.FormC);

    /// <summary>True when every character of the text is inert, so the text is its own NFC.</summary>
    public static bool IsInert(ReadOnlySpan<char> text)
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
