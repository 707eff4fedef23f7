using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>Which writing system most letters of a text belong to.</summary>
public static class UnicodeScripts
{
    public static UnicodeScript Of(char c) => c switch
    {
        >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F' or >= '\u1E00' and <= '\u1EFF' => UnicodeScript.Latin,
        >= '\u0400' and <= '\u052F' => UnicodeScript.Cyrillic,
        >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF' => UnicodeScript.Arabic,
        _ => UnicodeScript.Other,
    };

    public static UnicodeScript Dominant(ReadOnlySpan<char> text)
    {
        Span<int> counts = stackalloc int[4];
        foreach (var c in text)
        {
            // A table lookup: this runs over the first 4,000 characters of every document.
            if ((CharacterClasses.Of(c) & CharacterClasses.Letter) != 0)
            {
                counts[(int)Of(c)]++;
            }
        }

        var best = UnicodeScript.Other;
        for (var s = 1; s < counts.Length; s++)
        {
            if (counts[s] > counts[(int)best] || (best == UnicodeScript.Other && counts[s] > 0))
            {
                best = (UnicodeScript)s;
            }
        }

        return best;
    }
}
