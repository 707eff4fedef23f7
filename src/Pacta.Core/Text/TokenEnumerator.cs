using Pacta.Core.Model;

namespace Pacta.Core.Text;

/// <summary>
/// The tokens of a range of text one at a time, with no list built: the one tokenizing loop, used by
/// <see cref="Tokenizer.Tokenize"/> and directly by the scans that look at every word of a whole document once
/// (trigger, language guess) and keep none of them.
/// </summary>
public struct TokenEnumerator
{
    private readonly string _text;
    private readonly int _end;
    private int _next;
    private bool _hardBreak;

    internal TokenEnumerator(string text, TextSpan range)
    {
        _text = text;
        _next = range.Start;
        _end = range.End;
        _hardBreak = true;
        Current = default;
    }

    public Token Current { get; private set; }

    public readonly TokenEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        var end = _end;
        var i = _next;
        while (i < end && (CharacterClasses.Of(text[i]) & CharacterClasses.WhiteSpace) != 0)
        {
            i++;
        }

        if (i >= end)
        {
            _next = i;
            return false;
        }

        var c = text[i];
        var first = CharacterClasses.Of(c);
        if ((first & CharacterClasses.Word) != 0)
        {
            var start = i;
            var digits = (byte)(first & CharacterClasses.Digit);
            i = WordEnd(text, i, end, digits);
            var kind = digits != 0 ? TokenKind.Number : TokenKind.Word;
            Current = new Token(new TextSpan(start, i - start), kind, (first & CharacterClasses.Upper) != 0, _hardBreak);
            _hardBreak = false;
            _next = i;
            return true;
        }

        Current = new Token(new TextSpan(i, 1), TokenKind.Punctuation, false, _hardBreak);
        if ((!Tokenizer.IsJoiner(c) || Tokenizer.IsSpacedDash(text, i, end)) && !Tokenizer.IsAbbreviationDot(text, i, end))
        {
            _hardBreak = true;
        }

        _next = i + 1;
        return true;
    }

    /// <summary>Where the word or number starting at <paramref name="start"/> ends: word characters of one kind
    /// (letters or digits; <paramref name="digits"/> is the first character's digit flag), marks of either.</summary>
    internal static int WordEnd(string text, int start, int end, byte digits)
    {
        var i = char.IsAscii(text[start]) ? AsciiRuns.End(text, start, end, digits != 0) : start;
        while (i < end && CharacterClasses.Of(text[i]) is var f && (f & CharacterClasses.Word) != 0
            && ((f & CharacterClasses.Digit) == digits || (f & CharacterClasses.Mark) != 0))
        {
            i++;
        }

        return i;
    }
}
