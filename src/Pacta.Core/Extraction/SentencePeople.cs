using Pacta.Core.Analysis;
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
