using System.Numerics;
using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>
/// Tells which of Pacta's languages a text is written in from the share of its words that are that language's
/// most frequent function words (stopwords.tsv), among the languages written in the text's script. Cheap enough
/// to run on every document; a text in none of them gets "unsupported language", never a wrong guess. Whether a
/// runner-up is close is judged by the words that set the two apart, not those both list.
/// </summary>
public sealed class LanguageGuesser : ILanguageDetector
{
    private const int SampleLength = 4000;

    /// <summary>After this many characters, and again after each further as many, the count stops when it already
    /// leaves no doubt (see <see cref="IsDecided"/>): most articles are told apart in their first lines, and reading
    /// 4,000 characters of every one cost a fifth of extraction. On 13,066 texts (generated, written for the project,
    /// dev corpus) looks every 500 characters give the language the whole sample gives to every one, and change whether
    /// a second opinion is asked for 11 (7 with looks every 1,000, which took two fifths more time).</summary>
    private const int FirstLook = 500;

    /// <summary>Stopword hits the leading language needs at a look to stop there.</summary>
    private const int DecidedHits = 12;

    /// <summary>At a look, a runner-up with at most this share of the leader's hits (those that set the two apart)
    /// leaves no doubt: two thirds of <see cref="CloseRatio"/>, so a text that stops early would not have been close
    /// at the full sample. On 12,472 texts in twelve languages (generated, written for tests and for the project, dev
    /// corpus) the early stops change 20 guesses against reading the whole sample, the same 20 as a third (0.3) did:
    /// Kazakh and Arabic texts whose share of stopwords falls later on.</summary>
    private const double DecidedRatio = 0.4;
    private const double MinShare = 0.04;
    private const int MinHits = 3;

    /// <summary>A runner-up with at least this share of the best language's hits makes the guess close.</summary>
    private const double CloseRatio = 0.6;

    /// <summary>Below this share of its stopwords a text's language is confirmed by a second opinion.</summary>
    private const double ConfidentShare = 0.10;

    /// <summary>Texts with fewer words than this are too short for a stopword count to reject.</summary>
    private const int ShortText = 40;

    /// <summary>Languages are bits of an int in <see cref="_sets"/>.</summary>
    private const int MaxLanguages = 31;

    /// <summary>Words up to this long are keyed in a stack buffer; longer ones are never stopwords anyway.</summary>
    private const int StackWordLength = 64;

    /// <summary>Characters of a key packed into one number.</summary>
    private const int PackedLength = 4;

    private readonly List<(string Language, UnicodeScript Script)> _languages = [];

    /// <summary>Every stopword with the number of its set of languages (see <see cref="_sets"/>), so one lookup and one
    /// count per word serve all languages; looked up by span, so the sample's words allocate nothing.</summary>
    private readonly Dictionary<string, int> _stopwords = new(StringComparer.Ordinal);

    /// <summary>The stopwords whose key has at most <see cref="PackedLength"/> characters (nine in ten), by their
    /// packed key (<see cref="KeyNormalizer.TryPackKey"/>): a short word is looked up without hashing a string.</summary>
    private readonly Dictionary<ulong, int> _shortStopwords = [];

    /// <summary>The first <see cref="PackedLength"/> key letters of every stopword (all of a shorter one): a word longer
    /// than that whose first key letters no stopword starts with is refused before its whole key is written and
    /// looked up, and most long words of a text are refused so.</summary>
    private readonly KeyStartFilter _stopwordStarts = new();

    /// <summary>The distinct sets of languages (bits of indexes into <see cref="_languages"/>) that list a stopword:
    /// most words belong to one language, some to two or three ("в" and "на" are Russian and Ukrainian). Counting hits
    /// per set tells both each language's hits and the hits that set two languages apart.</summary>
    private readonly int[] _sets;

    /// <summary>The longest stopword's key, in characters.</summary>
    private readonly int _longestStopword;

    public LanguageGuesser(ILexiconSource source)
    {
        var lists = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var language in source.Languages)
        {
            if (!source.Files(language).Contains("stopwords.tsv"))
            {
                continue;
            }

            using var stream = source.Open(language, "stopwords.tsv");
            var words = LexiconReader.Read(stream, $"{language}/stopwords.tsv", out _)
                .Select(r => KeyNormalizer.Normalize(r.Form))
                .ToHashSet(StringComparer.Ordinal);
            var script = UnicodeScripts.Dominant(string.Concat(words));
            if (_languages.Count == MaxLanguages)
            {
                throw new InvalidDataException($"{language}/stopwords.tsv: the stopword guess tells at most {MaxLanguages} languages apart");
            }

            foreach (var word in words)
            {
                lists[word] = lists.GetValueOrDefault(word) | (1 << _languages.Count);
            }

            _languages.Add((language, script));
        }

        _sets = [.. lists.Values.Distinct().Order()];
        foreach (var (word, set) in lists)
        {
            _stopwords[word] = Array.IndexOf(_sets, set);
            if (KeyNormalizer.TryPackKey(word, PackedLength, out var packed))
            {
                _shortStopwords[packed] = _stopwords[word];
            }

            _stopwordStarts.Add(word);
        }

        _longestStopword = lists.Keys.Max(w => w.Length);
    }

    public LanguageGuess Guess(string text)
    {
        // The sample is a range of the text, not a copy: tokenizing stops at its end as it would at a copy's.
        var sampleLength = Math.Min(text.Length, SampleLength);

        // The script of the first look decides there; a text read further takes the whole sample's.
        var firstLook = Math.Min(sampleLength, FirstLook);
        var script = UnicodeScripts.Dominant(text.AsSpan(0, firstLook));
        Span<int> setHits = stackalloc int[_sets.Length];

        // The sets hit so far: the totals read only these (a text hits a few dozen of the sets).
        Span<int> hitSets = stackalloc int[_sets.Length];
        var hitSetCount = 0;
        var words = 0;
        var lookup = _stopwords.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> key = stackalloc char[KeyNormalizer.MaxKeyLength(StackWordLength)];
        var nextLook = FirstLook;
        var tokens = Tokenizer.Words(text, new TextSpan(0, sampleLength));
        while (tokens.MoveNext())
        {
            if (tokens.IsNumber)
            {
                continue;
            }

            var token = tokens.Current;
            if (token.Start >= nextLook)
            {
                if (IsDecided(setHits, hitSets[..hitSetCount], words, script))
                {
                    break;
                }

                if (nextLook == FirstLook)
                {
                    script = UnicodeScripts.Dominant(text.AsSpan(0, sampleLength));
                }

                nextLook += FirstLook;
            }

            words++;
            var word = text.AsSpan(token.Start, token.Length);
            if (word.Length > _longestStopword && !CharacterClasses.AnyMark(word))
            {
                // Many words of a text are longer than every stopword, and a word without marks is never longer than
                // its key: no key, no lookup.
                continue;
            }

            bool found;
            int set;
            if (word.Length <= PackedLength && KeyNormalizer.TryPackKey(word, PackedLength, out var packed))
            {
                found = _shortStopwords.TryGetValue(packed, out set);
            }
            else if (KeyNormalizer.TryPackKeyStart(word, PackedLength, out var start) && !_stopwordStarts.MayContain(start))
            {
                continue;
            }
            else
            {
                found = word.Length <= StackWordLength && KeyNormalizer.TryNormalize(word, key, out var written)
                    ? lookup.TryGetValue(key[..written], out set)
                    : _stopwords.TryGetValue(KeyNormalizer.Normalize(word), out set);
            }

            if (found && setHits[set]++ == 0)
            {
                hitSets[hitSetCount++] = set;
            }
        }

        var hits = new int[_languages.Count];
        var touched = hitSets[..hitSetCount];
        Totals(setHits, touched, hits);

        if (words == 0)
        {
            return new LanguageGuess(null, 0, "no words in the text");
        }

        string? best = null;
        var (bestIndex, bestHits) = (-1, 0);
        for (var i = 0; i < _languages.Count; i++)
        {
            if (_languages[i].Script == script && hits[i] > bestHits)
            {
                (best, bestIndex, bestHits) = (_languages[i].Language, i, hits[i]);
            }
        }

        var share = (double)bestHits / words;
        if (best is null || bestHits < MinHits || share < MinShare)
        {
            // A headline or a two-line brief has too few words for stopwords to tell: a second opinion may, among the
            // languages of its script.
            var ofScript = Enumerable.Range(0, _languages.Count).Where(i => _languages[i].Script == script).OrderByDescending(i => hits[i]).Select(i => _languages[i].Language).ToList();
            return new LanguageGuess(null, Math.Round(share, 3), $"unsupported language ({script} script, no language of Pacta fits)")
            {
                IsClose = words < ShortText && ofScript.Count > 0,
                Candidates = ofScript,
            };
        }

        var close = new List<string>();
        for (var i = 0; i < _languages.Count; i++)
        {
            // Close: the words only the other language lists come near those only the leader lists. The words both
            // list ("в", "на", "не" in Russian and Ukrainian) count for both and tell neither, so with them every
            // Russian article looked close to Ukrainian.
            if (i != bestIndex && _languages[i].Script == script && Apart(setHits, touched, i, bestIndex) >= CloseRatio * Apart(setHits, touched, bestIndex, i))
            {
                close.Add(_languages[i].Language);
            }
        }

        // A low share of stopwords, or a runner-up close behind, is worth a second opinion: a text in a neighbour
        // language Pacta does not read (Dutch read as German, Catalan as Spanish) scores like this.
        return new LanguageGuess(best, Math.Round(share, 3), null) { IsClose = close.Count > 0 || share < ConfidentShare, Candidates = [best, .. close] };
    }

    /// <summary>Each language's hits: those of every set hit (<paramref name="touched"/>) that holds it.</summary>
    private void Totals(ReadOnlySpan<int> setHits, ReadOnlySpan<int> touched, Span<int> hits)
    {
        hits.Clear();
        foreach (var set in touched)
        {
            for (var languages = (uint)_sets[set]; languages != 0; languages &= languages - 1)
            {
                hits[BitOperations.TrailingZeroCount(languages)] += setHits[set];
            }
        }
    }

    /// <summary>The hits of words that language <paramref name="one"/> lists and <paramref name="other"/> does not.</summary>
    private int Apart(ReadOnlySpan<int> setHits, ReadOnlySpan<int> touched, int one, int other)
    {
        var apart = 0;
        foreach (var set in touched)
        {
            apart += (_sets[set] & (1 << one)) != 0 && (_sets[set] & (1 << other)) == 0 ? setHits[set] : 0;
        }

        return apart;
    }

    public LanguageGuess Detect(string text) => Guess(text);

    /// <summary>One language of the script leads with many hits, a share of stopwords no other language's text
    /// reaches, and no runner-up near it by the words that set them apart: reading further could not make the guess
    /// close.</summary>
    private bool IsDecided(ReadOnlySpan<int> setHits, ReadOnlySpan<int> touched, int words, UnicodeScript script)
    {
        Span<int> hits = stackalloc int[_languages.Count];
        Totals(setHits, touched, hits);
        var best = -1;
        for (var i = 0; i < _languages.Count; i++)
        {
            if (_languages[i].Script == script && (best < 0 || hits[i] > hits[best]))
            {
                best = i;
            }
        }

        if (best < 0 || hits[best] < DecidedHits || (double)hits[best] / words < ConfidentShare)
        {
            return false;
        }

        for (var i = 0; i < _languages.Count; i++)
        {
            if (i != best && _languages[i].Script == script
                && (Apart(setHits, touched, best, i) == 0 || Apart(setHits, touched, i, best) > DecidedRatio * Apart(setHits, touched, best, i)))
            {
                return false;
            }
        }

        return true;
    }
}
