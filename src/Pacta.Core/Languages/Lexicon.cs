using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>
/// The forms of one lexicon kind in one language, in a word trie. Lookups find the longest form starting at a
/// word, never crossing punctuation other than hyphens and apostrophes.
/// </summary>
public sealed class Lexicon<T>
{
    private readonly TokenTrie<LexiconEntry<T>> _trie = new();
    private readonly HashSet<string> _firstKeys = new(StringComparer.Ordinal);
    private readonly HashSet<string> _oneWordKeys = new(StringComparer.Ordinal);

    // Looked up by span at every word a filter lets through: asking each set for its span lookup there checked the
    // comparer's type every time.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _firstKeysBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _oneWordKeysBySpan;

    /// <summary>How many characters of a key <see cref="MayStartWith"/> looks at.</summary>
    public const int KeyStartLength = KeyStartFilter.Length;

    /// <summary>The starts of <see cref="FirstKeys"/>: the cheapest trigger test, a few letters per word, with no
    /// word keyed.</summary>
    private readonly KeyStartFilter _keyStarts = new();
    private bool _hasEmptyFirstKey;

    /// <summary>The starts of <see cref="FirstKeys"/> with one or two clitic prefixes before them, for the keyer they
    /// were built for: built on first use, dropped when a form is added.</summary>
    // A class, not a tuple: workers read it while one may set it, and a reference is written whole.
    private PrefixedStartFilter? _prefixedStarts;

    public Lexicon()
    {
        _firstKeysBySpan = _firstKeys.GetAlternateLookup<ReadOnlySpan<char>>();
        _oneWordKeysBySpan = _oneWordKeys.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public int Count => _trie.Count;

    /// <summary>Keys that can start a form: the cheap trigger test.</summary>
    public IReadOnlySet<string> FirstKeys => _firstKeys;

    public void Add(IReadOnlyList<string> keys, LexiconEntry<T> entry)
    {
        if (keys.Count == 0)
        {
            return;
        }

        _trie.Add(keys, entry);
        _firstKeys.Add(keys[0]);
        _prefixedStarts = null;
        if (keys.Count == 1)
        {
            _oneWordKeys.Add(keys[0]);
        }

        if (keys[0].Length == 0)
        {
            _hasEmptyFirstKey = true;
        }
        else
        {
            _keyStarts.Add(keys[0]);
        }
    }

    /// <summary>
    /// As <see cref="MayStartWith(ulong)"/> for a word of a language with clitic prefixes: false when no key of this
    /// lexicon, with or without one or two of the keyer's prefixes before it, starts with the word's first letters.
    /// A word whose key, or whose key with a prefix cut, starts a form is never refused, so one test of the word's
    /// first letters stands for the test of each cut ("والاتفاقية": و + ال + اتفاقية).
    /// </summary>
    public bool MayStartWithAfterPrefixes(ulong packedKeyStart, WordKeyer keyer)
    {
        if (_hasEmptyFirstKey || packedKeyStart == 0)
        {
            return true;
        }

        var prefixed = _prefixedStarts;
        if (prefixed is null || prefixed.Keyer != keyer)
        {
            // A benign race: two threads may build the same filter, and either may be kept.
            prefixed = _prefixedStarts = new PrefixedStartFilter(keyer, PrefixedStarts(keyer.Prefixes));
        }

        return prefixed.Filter.MayContain(packedKeyStart);
    }

    private KeyStartFilter PrefixedStarts(IReadOnlyList<string> prefixes)
    {
        var filter = new KeyStartFilter();
        var before = prefixes.Concat(prefixes.SelectMany(first => prefixes.Select(second => first + second))).Prepend("").ToList();
        foreach (var key in _firstKeys.Where(k => k.Length > 0))
        {
            foreach (var prefix in before)
            {
                filter.Add(prefix + key[..Math.Min(KeyStartLength, key.Length)]);
            }
        }

        return filter;
    }

    /// <summary>The entries of the one-word form with key <paramref name="key"/>, or null.</summary>
    public IReadOnlyList<LexiconEntry<T>>? OneWord(string key) => _trie.First(key)?.Values;

    /// <summary>True when a word with this key can start a form (the trigger test, by span: nothing allocated).</summary>
    public bool CanStartWith(ReadOnlySpan<char> key) => _firstKeysBySpan.Contains(key);

    /// <summary>True when the key ends with the key of a one-word form, that part and the rest at least
    /// <paramref name="minPart"/> characters long: the head of a closed compound (see <see cref="CompoundMatcher"/>),
    /// tested by span, nothing allocated.</summary>
    public bool EndsWithOneWordForm(ReadOnlySpan<char> key, int minPart)
    {
        for (var start = minPart; start <= key.Length - minPart; start++)
        {
            if (_oneWordKeysBySpan.Contains(key[start..]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>False when no key that starts with <paramref name="keyStart"/> (at most <see cref="KeyStartLength"/>
    /// characters; the whole key when it is shorter) can start a form, so the word need not be keyed.</summary>
    public bool MayStartWith(ReadOnlySpan<char> keyStart) =>
        _hasEmptyFirstKey || keyStart.IsEmpty || _keyStarts.MayContain(keyStart);

    /// <summary>As <see cref="MayStartWith(ReadOnlySpan{char})"/>, for a key start packed by
    /// <see cref="KeyNormalizer.TryPackKeyStart"/> (0 when empty).</summary>
    public bool MayStartWith(ulong packedKeyStart) =>
        _hasEmptyFirstKey || packedKeyStart == 0 || _keyStarts.MayContain(packedKeyStart);

    /// <summary>The longest form that starts at <paramref name="word"/>, or null.</summary>
    public LexiconMatch<T>? Match(AnalyzedSentence sentence, int word)
    {
        LexiconMatch<T>? best = null;
        var key = sentence.Keys[word];
        Walk(sentence, word, key, sentence.KeyStarts[word], 0, ref best);
        var variants = sentence.PrefixVariants[word];
        for (var v = 0; v < variants.Length; v++)
        {
            // By index: a foreach over the interface allocated an enumerator per word of a prefixing language.
            var variant = variants[v];
            Walk(sentence, word, variant, KeyStartFilter.Pack(variant.AsSpan(0, Math.Min(KeyStartLength, variant.Length))), key.Length - variant.Length, ref best);
        }

        return best;
    }

    /// <summary>Every longest, non-overlapping match in the sentence, left to right.</summary>
    public List<LexiconMatch<T>> FindAll(AnalyzedSentence sentence)
    {
        var matches = new List<LexiconMatch<T>>();
        for (var i = 0; i < sentence.Count; i++)
        {
            if (Match(sentence, i) is { } match)
            {
                matches.Add(match);
                i = match.LastWord;
            }
        }

        return matches;
    }

    /// <summary>The entries a word so written may be: those that do not require a capital unless it is capitalized,
    /// and acronyms only where the word is written as one. A loop, not a lambda: a closure over the flag was
    /// allocated on every walk, matched or not, and walks run at every word for every lexicon.</summary>
    private static List<LexiconEntry<T>> Usable(IReadOnlyList<LexiconEntry<T>> values, bool capitalized, AnalyzedSentence sentence, int word)
    {
        var usable = new List<LexiconEntry<T>>(values.Count);
        foreach (var value in values)
        {
            if ((capitalized || !value.RequiresCapital) && (!value.IsAcronym || WrittenAsAcronym(sentence, word, value.Form)))
            {
                usable.Add(value);
            }
        }

        return usable;
    }

    private void Walk(AnalyzedSentence sentence, int word, string firstKey, ulong packedStart, int prefixLetters, ref LexiconMatch<T>? best)
    {
        if (!MayStartWith(packedStart))
        {
            // Most words of a sentence start no form of this lexicon: the filter tells in a few instructions, before
            // the dictionary lookup (every recognizer tries several lexicons at every word).
            return;
        }

        var node = _trie.First(firstKey);
        var capitalized = sentence.Words[word].IsCapitalized;
        var last = word;
        while (node is not null)
        {
            if (node.Values is { } values && (best is null || last > best.LastWord) && Usable(values, capitalized, sentence, word) is { Count: > 0 } usable)
            {
                best = new LexiconMatch<T>(word, last, usable) { PrefixLetters = Math.Max(0, prefixLetters) };
            }

            last++;
            if (last >= sentence.Count || sentence.BreakBefore(last))
            {
                break;
            }

            node = node.Next(sentence.Keys[last]);
        }
    }

    /// <summary>The word is written as the abbreviation <paramref name="form"/>: its letters in capitals ("ОДКБ",
    /// "U.S", "NATO'nun" is cut at the apostrophe), or, for an abbreviation read as a word (four letters or more),
    /// as many letters in any case ("Nato"); a short one in small letters is another word ("Un" of "Kim Jong Un"),
    /// and so is a longer word keyed the same ("Андрей" is keyed "андр", like "АНДР").</summary>
    private static bool WrittenAsAcronym(AnalyzedSentence sentence, int word, string form)
    {
        const int ReadAsAWord = 4;
        var span = sentence.Words[word].Span;
        var text = sentence.DocumentText.AsSpan(span.Start, span.Length);
        int t = 0, f = 0, letters = 0;
        var capitals = true;
        for (; f < form.Length; f++)
        {
            if (!char.IsLetter(form[f]))
            {
                continue;
            }

            while (t < text.Length && !char.IsLetter(text[t]))
            {
                t++;
            }

            if (t == text.Length)
            {
                return false;
            }

            capitals &= text[t] == form[f];
            letters++;
            t++;
        }

        var rest = text[t..];
        return (capitals && (rest.IsEmpty || !char.IsLower(rest[0]))) || (rest.IsEmpty && letters >= ReadAsAWord);
    }

    private sealed record PrefixedStartFilter(WordKeyer Keyer, KeyStartFilter Filter);
}
