using System.Globalization;
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
        var tokens = new List<Token>();
        var i = range.Start;
        var end = range.End;
        var hardBreak = true;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (IsWordChar(c))
            {
                var start = i;
                var digits = char.IsDigit(c);
                while (i < end && IsWordChar(text[i]) && (char.IsDigit(text[i]) == digits || IsMark(text[i])))
                {
                    i++;
                }

                var kind = digits ? TokenKind.Number : TokenKind.Word;
                tokens.Add(new Token(new TextSpan(start, i - start), kind, char.IsUpper(c), hardBreak));
                hardBreak = false;
                continue;
            }

            tokens.Add(new Token(new TextSpan(i, 1), TokenKind.Punctuation, false, hardBreak));
            if (!IsJoiner(c) && !IsAbbreviationDot(text, i, end))
            {
                hardBreak = true;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>Hyphens and apostrophes join the words around them into one name.</summary>
    public static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '‐' or '‑' or 'ʼ' or '‘';

    /// <summary>
    /// A stop inside an abbreviation joins its letters into one name: "U.S.", "U.S.A." (a letter right after the
    /// stop), and Spanish doubled plurals "EE. UU.", "FF. AA." (a doubled capital before it).
    /// </summary>
    private static bool IsAbbreviationDot(string text, int at, int end)
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

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || IsMark(c) || c == '\u200C' || c == '\u0640';

    private static bool IsMark(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            || c == '\u200C' || c == '\u0640';
    }
}
