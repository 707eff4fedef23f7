using System.Collections.Immutable;
using Pacta.Core.Model;

namespace Pacta.Core.Text;

/// <summary>
/// One sentence ready for lexicon lookups: its words (spans into the document text) with their keys in the
/// document's language. Punctuation is kept aside; <see cref="BreakBefore"/> tells where it separates words.
/// </summary>
/// <remarks>
/// The words are found and keyed the first time they are asked for: most sentences of an article that names an
/// instrument somewhere are never looked at word by word. Two threads racing on a first access key the same words
/// and either copy is kept.
/// </remarks>
public sealed class AnalyzedSentence
{
    private readonly Func<string, Sentence, SentenceWords> _read;
    private SentenceWords? _words;

    /// <summary>A sentence whose words <paramref name="read"/> finds and keys (from the text and the sentence) when
    /// they are first needed. One reader serves every sentence of a language: a closure per sentence cost two
    /// allocations for each.</summary>
    public AnalyzedSentence(string text, Sentence sentence, Func<string, Sentence, SentenceWords> read)
    {
        DocumentText = text;
        Sentence = sentence;
        _read = read;
    }

    public string DocumentText { get; }

    public Sentence Sentence { get; }

    public int Index => Sentence.Index;

    public TextSpan Span => Sentence.Span;

    public ImmutableArray<Token> Words => Read().Words;

    public ImmutableArray<string> Keys => Read().Keys;

    /// <summary>Each key's first letters (up to <see cref="Languages.KeyStartFilter.Length"/>), packed as the lexicons'
    /// start filters take them: packed once a word, not once a lexicon.</summary>
    internal ImmutableArray<ulong> KeyStarts => Read().KeyStarts;

    /// <summary>The inflection ending cut from each word ("ом" of "Катаром"), or empty.</summary>
    public ImmutableArray<string> Suffixes => Read().Suffixes;

    public ImmutableArray<ImmutableArray<string>> PrefixVariants => Read().PrefixVariants;

    public int Count => Words.Length;

    public string Quote => Span.Slice(DocumentText);

    /// <summary>True when punctuation other than a hyphen or an apostrophe stands between word i-1 and word i.</summary>
    public bool BreakBefore(int word) => word == 0 || Words[word].HardBreakBefore;

    /// <summary>True when no punctuation separates two words (given in either order).</summary>
    public bool NoBreakBetween(int word, int other)
    {
        for (var w = Math.Min(word, other) + 1; w <= Math.Max(word, other); w++)
        {
            if (BreakBefore(w))
            {
                return false;
            }
        }

        return true;
    }

    public string WordText(int word) => Words[word].Span.Slice(DocumentText);

    /// <summary>
    /// The ending of a word: the inflection cut from it ("ом" of "Катаром", "da" of fused "Ankarada"), or the part
    /// after an apostrophe, which the tokenizer keeps as the next word ("Ankara'da", "Irak'la").
    /// </summary>
    public string EndingOf(int word)
    {
        if (word + 1 < Count && Gap(word + 1) is [var mark] && mark is '\'' or '’')
        {
            return Keys[word + 1];
        }

        return Suffixes[word];
    }

    public TextSpan SpanOf(int firstWord, int lastWord) => TextSpan.FromBounds(Words[firstWord].Start, Words[lastWord].End);

    public string TextOf(int firstWord, int lastWord) => SpanOf(firstWord, lastWord).Slice(DocumentText);

    /// <summary>The characters between the end of word i-1 and the start of word i.</summary>
    public ReadOnlySpan<char> Gap(int word) =>
        word == 0 ? ReadOnlySpan<char>.Empty
        : DocumentText.AsSpan(Words[word - 1].End, Words[word].Start - Words[word - 1].End);

    /// <summary>True when a comma (the Latin one or the Arabic "،") stands between word i-1 and word i.</summary>
    public bool CommaBefore(int word) => Gap(word).IndexOfAny(',', '\u060C') >= 0;

    private SentenceWords Read() => _words ??= _read(DocumentText, Sentence);
}
