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
            if (!IsJoiner(c))
            {
                hardBreak = true;
            }

            i++;
        }

        return tokens;
    }

    /// <summary>Hyphens and apostrophes join the words around them into one name.</summary>
    public static bool IsJoiner(char c) => c is '-' or '\'' or '’' or '‐' or '‑' or 'ʼ' or '‘';

    private static bool IsWordChar(char c) =>
        char.IsLetterOrDigit(c) || IsMark(c) || c == '\u200C' || c == '\u0640';

    private static bool IsMark(char c)
    {
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
            || c == '\u200C' || c == '\u0640';
    }
}
