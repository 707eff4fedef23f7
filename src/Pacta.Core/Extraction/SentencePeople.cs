using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Recognizers.People;
using Pacta.Core.Text;

namespace Pacta.Core.Extraction;

/// <summary>
/// Everyone a sentence names who may have signed: people with titles (the recognizer's), leaders named bare as the
/// agents of a signing (<see cref="UntitledSigners"/>), and people named by surname alone after a full mention
/// earlier in the story. News names a person in full once ("Defence Minister Boris Pistorius"), then by surname
/// ("In December, Pistorius and his Lithuanian counterpart Arvydas Anušauskas signed a roadmap"): the surname stands
/// for the person, with the title and state of the full mention.
/// </summary>
internal static class SentencePeople
{
    /// <summary>How many sentences before "the two leaders" their names are looked for.</summary>
    private const int MaxSentencesBack = 2;

    public static IReadOnlyList<PersonMention> Of(DocumentAnalysis analysis, int index)
    {
        var sentence = analysis.Sentences[index];
        var words = sentence.Sentence;
        Dictionary<string, PersonMention?>? named = null;
        var untitled = UntitledSigners.In(sentence, analysis.Language);
        if (untitled.Count > 0)
        {
            // "Petri y Lund Poulsen firmaron": a bare name that ends a name given in full before is that person.
            named = NamedBefore(analysis, index);
            untitled = untitled.Select(u => named.TryGetValue(words.Keys[u.LastWord], out var full) && full is not null
                    && full.Name.EndsWith(u.Name, StringComparison.Ordinal)
                ? full with { Sentence = index, FirstWord = u.FirstWord, LastWord = u.LastWord, Span = u.Span }
                : u).ToList();
        }

        var people = untitled.Count == 0 ? sentence.People : sentence.People.Concat(untitled).OrderBy(p => p.FirstWord).ToList();
        if (people.Count < 2 && NamedAsBoth(analysis, index) is { } both)
        {
            // "Сам договор был подписан главами двух государств": the two presidents named just before.
            people = people.Concat(both).OrderBy(p => p.FirstWord).ToList();
        }

        List<PersonMention>? found = null;
        for (var w = 0; w < words.Count; w++)
        {
            if (!words.Words[w].IsCapitalized || words.Words[w].Kind != TokenKind.Word
                || people.Any(p => p.FirstWord <= w && p.LastWord >= w)
                || sentence.Countries.Any(c => c.FirstWord <= w && c.LastWord >= w)
                || (w + 1 < words.Count && !words.BreakBefore(w + 1) && words.Words[w + 1].IsCapitalized))
            {
                // A word of a name or state read here, or one followed by another capitalised word ("Pistorius Group").
                continue;
            }

            // Only now the people of the sentences before: reading them is the costly part.
            named ??= NamedBefore(analysis, index);
            if (named.TryGetValue(words.Keys[w], out var person) && person is not null)
            {
                found ??= [.. people];
                found.Add(person with { Sentence = index, FirstWord = w, LastWord = w, Span = words.SpanOf(w, w) });
            }
        }

        var all = found is null ? people : found.OrderBy(p => p.FirstWord).ToList();
        var postpositional = analysis.Language.Settings.Postpositional;
        return sentence.Cues.Any(c => c.Value == "witness") ? all.Where(p => !IsWitness(sentence, p, postpositional)).ToList() : all;
    }

    /// <summary>A person a few words after a word of attending, in its clause ("in the presence of President X", "بحضور
    /// رئيس الوزراء"), or before it where such words follow their noun ("İlham Aliyev'in katıldığı törende"), witnesses a
    /// signing and does not sign it; one before "in the presence of" may be the signer.</summary>
    public static bool IsWitness(SentenceAnalysis sentence, PersonMention person, bool postpositional)
    {
        // Before the word, a list of attendants with their titles runs longer ("Erdoğan ve Azerbaycan Cumhurbaşkanı İlham
        // Aliyev'in katıldığı"); the clause still bounds it.
        const int MaxGap = 6;
        const int MaxGapBefore = 10;
        return sentence.Cues.Any(c => c.Value == "witness"
            && (postpositional ? person.LastWord < c.FirstWord : person.FirstWord > c.LastWord)
            && WordDistance.Between(c.FirstWord, c.LastWord, person.FirstWord, person.LastWord) <= (postpositional ? MaxGapBefore : MaxGap)
            && ClauseReader.OneClause(sentence, Math.Min(c.FirstWord, person.FirstWord), Math.Max(c.LastWord, person.LastWord)));
    }

    /// <summary>The sentence before this one in which the two people it names as one ("the two leaders") were both
    /// named: the meeting whose day and place the signing shares ("X hosted Y in Jakarta on Wednesday. After their
    /// talks the two leaders signed …"). Null when there is none.</summary>
    public static int? PairMetIn(DocumentAnalysis analysis, int index) =>
        NamedAsBoth(analysis, index, out var namedIn) is not null && namedIn >= 0 && namedIn < index ? namedIn : null;

    private static List<PersonMention>? NamedAsBoth(DocumentAnalysis analysis, int index) => NamedAsBoth(analysis, index, out _);

    /// <summary>
    /// The two people a sentence names as one ("the two leaders", "les deux ministres", "главами двух государств"), at
    /// the place of those words: the two nearest people of that rank named in full in this sentence before them or in
    /// the two sentences before (of this paragraph or the one before), each of another name. Null when the sentence
    /// names no such pair, or fewer than two such people were named.
    /// </summary>
    /// <param name="namedIn">The sentence where both were named, when it is one sentence; else -1.</param>
    private static List<PersonMention>? NamedAsBoth(DocumentAnalysis analysis, int index, out int namedIn)
    {
        namedIn = -1;
        var sentence = analysis.Sentences[index];
        if (PairOfRank(sentence, analysis.Language) is not var (first, last, leaders))
        {
            return null;
        }

        var found = new List<PersonMention>(2);
        for (var i = index; i >= Math.Max(0, index - MaxSentencesBack) && found.Count < 2; i--)
        {
            var before = analysis.Sentences[i];
            if (before.Paragraph < sentence.Paragraph - 1)
            {
                break;
            }

            for (var k = before.People.Count - 1; k >= 0 && found.Count < 2; k--)
            {
                var person = before.People[k];
                if ((i < index || person.LastWord < first) && person.FirstWord < person.LastWord && IsOfRank(person.Role, leaders)
                    && !found.Any(f => f.Name == person.Name))
                {
                    found.Add(person);
                }
            }
        }

        var words = sentence.Sentence;
        namedIn = found.Count == 2 && found[0].Sentence == found[1].Sentence ? found[0].Sentence : -1;
        return found.Count == 2
            ? found.OrderBy(p => p.Sentence).ThenBy(p => p.FirstWord).Select(p => p with { Sentence = index, FirstWord = first, LastWord = last, Span = words.SpanOf(first, last) }).ToList()
            : null;
    }

    /// <summary>
    /// Where the sentence names the two sides' leaders or ministers as one, and which: "the two" phrase ("both", the
    /// two countries) that holds a title ("the two presidents", "les deux ministres") or has one, or a word for leaders,
    /// right before or after it ("the leaders of the two countries", "главами двух государств", "iki ülkenin
    /// liderleri"). Leaders are heads of state or government; a minister's title makes it ministers.
    /// </summary>
    private static (int First, int Last, bool Leaders)? PairOfRank(SentenceAnalysis sentence, LanguageProfile language)
    {
        var words = sentence.Sentence;
        foreach (var both in sentence.FunctionWords)
        {
            if (both.Value != FunctionRole.Both)
            {
                continue;
            }

            // Two words before it at most ("the leaders of", "les chefs d'État des"), one after ("iki ülkenin liderleri").
            for (var w = Math.Max(0, both.FirstWord - 2); w <= Math.Min(words.Count - 1, both.LastWord + 1); w++)
            {
                if (language.Titles.Match(words, w) is { } title && RankOf(title.Value) is { } leaders)
                {
                    return (Math.Min(w, both.FirstWord), Math.Max(title.LastWord, both.LastWord), leaders);
                }

                if (language.FunctionWords.Match(words, w) is { Value: FunctionRole.Leaders } noun)
                {
                    return (Math.Min(w, both.FirstWord), Math.Max(noun.LastWord, both.LastWord), true);
                }
            }
        }

        return null;
    }

    /// <summary>True for leaders, false for ministers, null for another rank.</summary>
    private static bool? RankOf(string role) => role switch
    {
        "head-of-state" or "head-of-government" => true,
        "defense-minister" or "minister" or "foreign-minister" => false,
        _ => null,
    };

    /// <summary>A counterpart ("his Argentine counterpart, Luis Petri") has the rank of the other.</summary>
    private static bool IsOfRank(string role, bool leaders) => role == "counterpart" || RankOf(role) == leaders;

    /// <summary>The people named in full (two words or more) in the sentences up to <paramref name="index"/>, by the
    /// key of their last word; null for a surname two different people share.</summary>
    private static Dictionary<string, PersonMention?> NamedBefore(DocumentAnalysis analysis, int index)
    {
        var named = new Dictionary<string, PersonMention?>(StringComparer.Ordinal);
        for (var i = 0; i <= index; i++)
        {
            foreach (var person in analysis.Sentences[i].People)
            {
                if (person.FirstWord == person.LastWord)
                {
                    continue;
                }

                var surname = analysis.Sentences[i].Sentence.Keys[person.LastWord];
                if (!named.TryGetValue(surname, out var other))
                {
                    named[surname] = person;
                }
                else if (other is not null && other.Name != person.Name)
                {
                    named[surname] = null;
                }
            }
        }

        return named;
    }
}
