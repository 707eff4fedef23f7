using System.Buffers;
using Pacta.Core.Model;

namespace Pacta.Core.Text;

/// <summary>
/// Splits a text into sentences with their spans. A line break always ends a sentence (titles, datelines and
/// bylines stand on lines of their own); inside a line, '.', '!', '?', '…', ';' and their Arabic forms end one unless the
/// word before is an abbreviation, an initial or a day number ("am 12. Dezember").
/// </summary>
public sealed class SentenceSplitter
{
    /// <summary>Words up to this long are keyed in a stack buffer (no abbreviation is longer).</summary>
    private const int StackWordLength = 32;

    private readonly HashSet<string> _abbreviations;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _abbreviationsBySpan;

    /// <summary>The longest abbreviation's key: a word longer than that, without marks, is never one (a key drops
    /// only marks), and most words before a full stop are longer.</summary>
    private readonly int _longestAbbreviation;

    public SentenceSplitter(IEnumerable<string> abbreviations)
    {
        _abbreviations = abbreviations
            .Select(a => KeyNormalizer.Normalize(a.TrimEnd('.')))
            .ToHashSet(StringComparer.Ordinal);
        _abbreviationsBySpan = _abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();
        _longestAbbreviation = _abbreviations.Count == 0 ? 0 : _abbreviations.Max(a => a.Length);
    }

    public IReadOnlyList<Sentence> Split(string text) => Split(text, int.MaxValue);

    /// <summary>The first <paramref name="maxSentences"/> sentences of <see cref="Split(string)"/>, splitting no further
    /// than they reach: a text whose header only is read is not split to its end.</summary>
    public IReadOnlyList<Sentence> Split(string text, int maxSentences)
    {
        var sentences = new List<Sentence>();
        var paragraph = 0;
        var lineStart = 0;
        var blankRun = false;
        for (var i = 0; i <= text.Length && sentences.Count < maxSentences; i++)
        {
            // The next line break, found by a vectorized search (every article is split, character by character
            // this loop was a tenth of extraction).
            var newline = text.AsSpan(i).IndexOf('\n');
            i = newline < 0 ? text.Length : i + newline;
            var line = TextSpan.FromBounds(lineStart, i);
            var hasText = !text.AsSpan(line.Start, line.Length).IsWhiteSpace();
            if (hasText)
            {
                if (blankRun && sentences.Count > 0)
                {
                    paragraph++;
                }

                SplitLine(text, line, paragraph, sentences);
                blankRun = false;
            }
            else
            {
                blankRun = true;
            }

            lineStart = i + 1;
        }

        if (sentences.Count > maxSentences)
        {
            sentences.RemoveRange(maxSentences, sentences.Count - maxSentences);
        }

        return sentences;
    }

    private void SplitLine(string text, TextSpan line, int paragraph, List<Sentence> into)
    {
        var start = line.Start;
        for (var i = line.Start; i < line.End; i++)
        {
            var terminator = text.AsSpan(i, line.End - i).IndexOfAny(Terminators);
            if (terminator < 0)
            {
                break;
            }

            i += terminator;
            if (!EndsSentence(text, i, line))
            {
                continue;
            }

            var end = i + 1;
            while (end < line.End && (IsTerminator(text[end]) || IsClosing(text[end])))
            {
                end++;
            }

            Add(text, TextSpan.FromBounds(start, end), paragraph, into);
            start = end;
            i = end - 1;
        }

        Add(text, TextSpan.FromBounds(start, line.End), paragraph, into);
    }

    private bool EndsSentence(string text, int at, TextSpan line)
    {
        var next = at + 1;
        while (next < line.End && (IsTerminator(text[next]) || IsClosing(text[next])))
        {
            next++;
        }

        if (next >= line.End)
        {
            return true;
        }

        if (!char.IsWhiteSpace(text[next]))
        {
            return false;
        }

        if (text[at] != '.')
        {
            return true;
        }

        var wordEnd = at;
        var wordStart = wordEnd;
        while (wordStart > line.Start && (char.IsLetterOrDigit(text[wordStart - 1]) || text[wordStart - 1] == '.'))
        {
            wordStart--;
        }

        var word = text.AsSpan(wordStart, wordEnd - wordStart);
        if (word.IsEmpty)
        {
            return true;
        }

        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return false;
        }

        // Abbreviations: "U.S." (a stop inside the word), Spanish doubled plurals "EE. UU.", "FF. AA.".
        if (word.Contains('.') || (word.Length == 2 && char.IsUpper(word[0]) && word[0] == word[1]))
        {
            return false;
        }

        if (word.Length <= 2 && char.IsDigit(word[0]) && char.IsDigit(word[^1]))
        {
            return false;
        }

        if (IsAbbreviation(word))
        {
            return false;
        }

        var after = next;
        while (after < line.End && char.IsWhiteSpace(text[after]))
        {
            after++;
        }

        // "etc. and" or "2 p.m. local time": a lower-case word after the stop continues the sentence.
        return after >= line.End || !char.IsLower(text[after]);
    }

    /// <summary>Keyed in a stack buffer and looked up by span: a full stop after every word of a text must not
    /// allocate its key.</summary>
    private bool IsAbbreviation(ReadOnlySpan<char> word)
    {
        if (word.Length > _longestAbbreviation && !CharacterClasses.AnyMark(word))
        {
            return false;
        }

        Span<char> key = stackalloc char[KeyNormalizer.MaxKeyLength(StackWordLength)];
        return word.Length <= StackWordLength && KeyNormalizer.TryNormalize(word, key, out var written)
            ? _abbreviationsBySpan.Contains(key[..written])
            : _abbreviations.Contains(KeyNormalizer.Normalize(word));
    }

    private static void Add(string text, TextSpan span, int paragraph, List<Sentence> into)
    {
        var start = span.Start;
        var end = span.End;
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start)
        {
            into.Add(new Sentence(into.Count, TextSpan.FromBounds(start, end), paragraph));
        }
    }

    /// <summary>Semicolons end a sentence too: in news they join independent clauses, each with its own parties
    /// ("Kazakhstan and Qatar signed an agreement; Astana had signed one with Serbia in 2023").</summary>
    private static readonly SearchValues<char> Terminators = SearchValues.Create(".!?…؟۔。;؛");

    private static bool IsTerminator(char c) => Terminators.Contains(c);

    private static bool IsClosing(char c) => c is '"' or '»' or '”' or '’' or ')' or '\'';
}
