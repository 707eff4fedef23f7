using Pacta.Core.Analysis;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.People;

namespace Pacta.Core.Extraction;

/// <summary>
/// The state of a signer called by surname alone ("Того ж дня Зеленський підписав безпекову угоду зі Сполученими
/// Штатами"), when an earlier sentence of the document named that person in full with a title of that state
/// ("Президент України Володимир Зеленський"): the other side of an instrument whose clause names one state.
/// </summary>
internal static class SignerNamedBefore
{
    /// <summary>The state of a person named before, whose last name alone stands before the step's verb in its clause
    /// and who is not of <paramref name="partner"/>; else null.</summary>
    public static PartyCode? Find(DocumentAnalysis analysis, SentenceAnalysis sentence, Candidate candidate, PartyCode partner, IReadOnlyList<PartyCode> focus)
    {
        if (candidate.StatusWord is not { } status)
        {
            return null;
        }

        var words = sentence.Sentence;
        for (var w = 0; w < status.FirstWord; w++)
        {
            if (!words.Words[w].IsCapitalized || !ClauseReader.OneClause(sentence, w, status.FirstWord)
                || sentence.Countries.Any(c => c.FirstWord <= w && c.LastWord >= w))
            {
                continue;
            }

            var surname = words.WordText(w);
            for (var i = 0; i < sentence.Index; i++)
            {
                foreach (var person in analysis.Sentences[i].People)
                {
                    if ((person.Nationality ?? BesideACounterpart(analysis.Sentences[i], person, focus)) is { } state && state != partner && person.Name.Contains(' ')
                        && person.Name.EndsWith(surname, StringComparison.Ordinal) && person.Name[^(surname.Length + 1)] == ' ')
                    {
                        return state;
                    }
                }
            }
        }

        return null;
    }

    /// <summary>"Verteidigungsminister Boris Pistorius und sein französischer Amtskollege Sébastien Lecornu", with the pair
    /// DEU-FRA in focus: a home official, whose title names no state, is of the other state of the pair than his
    /// counterpart's.</summary>
    private static PartyCode? BesideACounterpart(SentenceAnalysis sentence, PersonMention person, IReadOnlyList<PartyCode> focus)
    {
        if (focus.Count != 2)
        {
            return null;
        }

        foreach (var other in sentence.People)
        {
            if (other != person && other.IsCounterpart && other.Nationality is { } theirs && focus.Contains(theirs))
            {
                return focus[0] == theirs ? focus[1] : focus[0];
            }
        }

        return null;
    }
}
