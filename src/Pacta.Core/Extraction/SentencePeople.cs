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

        IReadOnlyList<PersonMention> all = found is null ? people : found.OrderBy(p => p.FirstWord).ToList();
        // Witnesses are left out last, whether read with their title or again by surname alone.
        return sentence.Cues.Any(c => c.Value == "witness") ? all.Where(p => !IsWitness(sentence, p)).ToList() : all;
    }

    /// <summary>
    /// True when the person is named after a phrase of attendance in one clause ("in the presence of President William
    /// Ruto", "en présence des présidents Alassane Ouattara et John Dramani Mahama", "alla presenza del premier"): a
    /// witness, not a signer.
    /// </summary>
    public static bool IsWitness(SentenceAnalysis sentence, PersonMention person) =>
        sentence.Cues.Any(c => c.Value == "witness" && c.LastWord < person.FirstWord && ClauseReader.OneClause(sentence, c.LastWord, person.FirstWord));

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
