using Pacta.Core.Model;

namespace Pacta.Core.Text;

/// <summary>
/// Splits text into words, numbers and single punctuation marks. Letters and digits are split apart ("15h13" is
/// 15, h, 13; "1er" is 1, er) so dates and ordinals read the same in every language.
/// </summary>
public static class Tokenizer
{
    /// <summary>Tokens of <paramref name="text"/> within <paramref name="range"/>.</summary>
    public static List<Token> Tokenize(string text, TextSpan range)
    {
        // About one token per six characters of prose: sized so the list rarely grows.
        var tokens = new List<Token>(range.Length / 5 + 4);
        foreach (var token in Enumerate(text, range))
        {
            tokens.Add(token);
        }

        return tokens;
    }

    /// <summary>The same tokens one at a time, for a scan that keeps none of them.</summary>
    public static TokenEnumerator Enumerate(string text, TextSpan range) => new(text, range);

    /// <summary>Only the words and numbers of <see cref="Enumerate"/>, for a scan that needs nothing else.</summary>
    public static WordEnumerator Words(string text, TextSpan range) => new(text, range);

    /// <summary>Hyphens and apostrophes join the words around them into one name.</summary>
    public static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '‐' or '‑' or 'ʼ' or '‘';

    /// <summary>A hyphen with a space on each side is a dash ("LONDON - Chancellor Merz"), which breaks like one, not a
    /// joiner ("Guinea-Bissau").</summary>
    internal static bool IsSpacedDash(string text, int at, int end) =>
        text[at] == '-' && at > 0 && text[at - 1] == ' ' && at + 1 < end && text[at + 1] == ' ';

    /// <summary>
    /// A stop inside an abbreviation joins its letters into one name: "U.S.", "U.S.A." (a letter right after the
    /// stop), and Spanish doubled plurals "EE. UU.", "FF. AA." (a doubled capital before it).
    /// </summary>
    internal static bool IsAbbreviationDot(string text, int at, int end)
    {
        if (text[at] != '.' || at == 0 || !char.IsLetter(text[at - 1]))
        {
            return false;
        }

        if (at + 1 < end && char.IsLetter(text[at + 1]))
        {
            return true;
        }

        var doubled = at >= 2 && char.IsUpper(text[at - 1]) && text[at - 1] == text[at - 2] && (at == 2 || !char.IsLetter(text[at - 3]));
        return doubled && at + 2 < end && text[at + 1] == ' ' && char.IsUpper(text[at + 2]);
    }
}
