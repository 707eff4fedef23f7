using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>
/// Finds lexicon words inside closed compounds, for languages that write them as one word (German
/// "Militärhilfeabkommen", "Luftraumsicherung"). Compounds are right-headed: the last part says what the thing is
/// (an instrument), the first or last part can say what it is about (a domain). Parts shorter than
/// <see cref="MinPart"/> letters are never split off, so ordinary words are not taken apart.
/// </summary>
public static class CompoundMatcher
{
    /// <summary>The shortest part split off a compound.</summary>
    public const int MinPart = 4;

    /// <summary>The words not matched whole whose last part is a one-word form: "Militärhilfeabkommen" → "abkommen".</summary>
    public static List<LexiconMatch<T>> Heads<T>(Lexicon<T> lexicon, AnalyzedSentence sentence, IReadOnlyList<LexiconMatch<T>> whole) =>
        Find(sentence, whole, key => LongestSuffix(lexicon, key));

    /// <summary>The words not matched whole whose first or last part is a one-word form: "Verteidigungsministerium"
    /// → "verteidigung", "Luftraumsicherung" → "luftraum".</summary>
    public static List<LexiconMatch<T>> Parts<T>(Lexicon<T> lexicon, AnalyzedSentence sentence, IReadOnlyList<LexiconMatch<T>> whole) =>
        Find(sentence, whole, key => LongestPrefix(lexicon, key) ?? LongestSuffix(lexicon, key));

    private static List<LexiconMatch<T>> Find<T>(
        AnalyzedSentence sentence,
        IReadOnlyList<LexiconMatch<T>> whole,
        Func<string, IReadOnlyList<LexiconEntry<T>>?> lookup)
    {
        var matches = whole.ToList();
        var covered = new bool[sentence.Count];
        foreach (var match in whole)
        {
            for (var w = match.FirstWord; w <= match.LastWord; w++)
            {
                covered[w] = true;
            }
        }

        var added = false;
        for (var w = 0; w < sentence.Count; w++)
        {
            var key = sentence.Keys[w];
            if (covered[w] || key.Length < 2 * MinPart || lookup(key) is not { Count: > 0 } entries)
            {
                continue;
            }

            matches.Add(new LexiconMatch<T>(w, w, entries));
            added = true;
        }

        return added ? matches.OrderBy(m => m.FirstWord).ToList() : matches;
    }

    private static IReadOnlyList<LexiconEntry<T>>? LongestSuffix<T>(Lexicon<T> lexicon, string key)
    {
        for (var start = MinPart; start <= key.Length - MinPart; start++)
        {
            if (lexicon.OneWord(key[start..]) is { Count: > 0 } entries)
            {
                return entries;
            }
        }

        return null;
    }

    private static IReadOnlyList<LexiconEntry<T>>? LongestPrefix<T>(Lexicon<T> lexicon, string key)
    {
        for (var end = key.Length - MinPart; end >= MinPart; end--)
        {
            // German links parts with an "s": "Verteidigungs|ministerium".
            if (lexicon.OneWord(key[..end]) is { Count: > 0 } entries)
            {
                return entries;
            }
        }

        return null;
    }
}
