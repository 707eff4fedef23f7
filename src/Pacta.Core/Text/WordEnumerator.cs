using Pacta.Core.Model;

namespace Pacta.Core.Text;

/// <summary>
/// The words and numbers of a range of text, exactly the word-like tokens of <see cref="TokenEnumerator"/>, without
/// the punctuation tokens, capitals or breaks between them: for the scans over every word of a whole document
/// (trigger, language guess), which need nothing else.
/// </summary>
public struct WordEnumerator
{
    private readonly string _text;
    private readonly int _end;
    private int _next;

    internal WordEnumerator(string text, TextSpan range)
    {
        _text = text;
        _next = range.Start;
        _end = range.End;
    }

    public TextSpan Current { get; private set; }

    /// <summary>True when <see cref="Current"/> is a number (digits), not a word.</summary>
    public bool IsNumber { get; private set; }

    public readonly WordEnumerator GetEnumerator() => this;

    public bool MoveNext()
    {
        var text = _text;
        var end = _end;
        var i = _next;
        byte first = 0;
        while (i < end && ((first = CharacterClasses.Of(text[i])) & CharacterClasses.Word) == 0)
        {
            // White space and punctuation: one-character tokens the scans skip.
            i++;
        }

        if (i >= end)
        {
            _next = i;
            return false;
        }

        var digits = (byte)(first & CharacterClasses.Digit);
        _next = TokenEnumerator.WordEnd(text, i, end, digits);
        Current = new TextSpan(i, _next - i);
        IsNumber = digits != 0;
        return true;
    }
}
