using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;

namespace Pacta.Core.Extraction;

/// <summary>
/// Reads the moods around a status word or an instrument: negation, speculation, denial, questions, future and intent.
/// </summary>
internal static class MoodRules
{
    private const int MoodWindow = 4;
    private const int ConditionalWindow = 3;

    /// <summary>How many words before an instrument a future or intent word reads as its step with no status word
    /// ("will sign" needs none: "plans a treaty").</summary>
    public const int AnchorWindow = 2;

    /// <summary>How many words before an instrument a negative determiner denies it ("no new bilateral defence
    /// agreement").</summary>
    private const int DeterminerWindow = 4;

    /// <summary>How far after a status word a verb-final language's intent or future word may stand.</summary>
    private const int FollowingWindow = 3;

    /// <summary>Words after a verb-final clause's last verb at most (the light verb of "خواهد رسید").</summary>
    private const int ClauseEndWords = 2;

    /// <summary>The sentence ends, or a break comes, within <see cref="ClauseEndWords"/> words after the word.</summary>
    private static bool EndsTheClause(SentenceAnalysis sentence, int word)
    {
        for (var w = word + 1; w <= word + ClauseEndWords + 1; w++)
        {
            if (w >= sentence.Sentence.Count || sentence.Sentence.BreakBefore(w))
            {
                return true;
            }
        }

        return false;
    }

    public static HashSet<Mood> MoodsAround(SentenceAnalysis sentence, LexiconMatch<AgreementStatus>? status, LexiconMatch<InstrumentWord> anchor, bool verbFinal)
    {
        var moods = new HashSet<Mood>();
        // "May" in "May 8" is a month, not a modal.
        foreach (var mood in sentence.Moods.Where(m => !sentence.Dates.Any(d => d.FirstWord <= m.LastWord && d.LastWord >= m.FirstWord)))
        {
            // Future, intent and questions reach farther: German and Turkish put the verb at the end ("wollen im
            // kommenden Monat ein Abkommen unterzeichnen", "Ob Serbien ein Abkommen mit Ungarn unterzeichnet").
            var window = mood.Value is Mood.Future or Mood.Intent or Mood.Question or Mood.Speculation ? 2 * MoodWindow : MoodWindow;
            var reachesClauseEnd = window > MoodWindow && status is not null && mood.LastWord < status.FirstWord && NoBreakBetween(sentence, mood.LastWord, status.FirstWord);
            var nearStatus = status is not null && mood.LastWord < status.FirstWord + 2 && (status.FirstWord - mood.LastWord <= window || reachesClauseEnd);
            // Verb-final languages put "expected", "prepare" after the verb they modify, or after the verb's object
            // ("برای امضای توافقنامه همکاری دفاعی آماده می‌شوند", prepare to sign a defence cooperation agreement), before
            // any other step's verb ("imzalandı ve … yürürlüğe girecek": the future is the entry into force's).
            // One that ends the clause is its main verb, past the signers named inside the phrase ("به امضای وزیران دفاع
            // ایران و ارمنستان خواهد رسید", will come to the signature of the defence ministers of Iran and Armenia).
            var following = EndsTheClause(sentence, mood.LastWord) ? 2 * FollowingWindow : FollowingWindow;
            var followsStatus = verbFinal && mood.Value is Mood.Future or Mood.Intent && status is not null && mood.FirstWord > status.LastWord
                && mood.FirstWord - Math.Max(status.LastWord, anchor.LastWord) <= following && NoBreakBetween(sentence, status.LastWord, mood.FirstWord)
                && !sentence.Statuses.Any(other => other.FirstWord > status.LastWord && other.FirstWord <= mood.LastWord);
            var anchorWindow = mood.Value == Mood.NegativeDeterminer ? DeterminerWindow : AnchorWindow;
            var nearAnchor = mood.LastWord < anchor.FirstWord && anchor.FirstWord - mood.LastWord <= anchorWindow && NoBreakBetween(sentence, mood.LastWord, anchor.FirstWord);
            if (mood.Value is Mood.Negation or Mood.NegativeDeterminer && NegatesAPlanAfter(sentence, status, mood, verbFinal))
            {
                moods.Add(Mood.Negation);
                continue;
            }

            if (mood.Value == Mood.NegativeDeterminer)
            {
                if (nearStatus || nearAnchor)
                {
                    moods.Add(Mood.Negation);
                }

                continue;
            }

            if (mood.Value == Mood.Present)
            {
                if (status is not null && mood.FirstWord >= status.FirstWord && mood.LastWord <= status.LastWord)
                {
                    moods.Add(Mood.Present);
                }

                continue;
            }

            if (mood.Value == Mood.Conditional)
            {
                if (status is not null && status.FirstWord > mood.LastWord && status.FirstWord - mood.LastWord <= ConditionalWindow)
                {
                    moods.Add(Mood.Question);
                }
            }
            else if (mood.Value == Mood.Infinitive)
            {
                if (status is not null && status.FirstWord > mood.LastWord && status.FirstWord - mood.LastWord <= 2)
                {
                    moods.Add(Mood.Intent);
                }
            }
            else if (nearStatus || followsStatus || nearAnchor || (mood.Value is Mood.Denial && (verbFinal || !OnTheInstrumentsTopic(sentence, anchor, mood))))
            {
                moods.Add(mood.Value);
            }
        }

        return moods;
    }

    /// <summary>Words of an instrument's topic after its noun at most.</summary>
    private const int TopicWords = 10;

    /// <summary>A word of denial in the instrument's own phrase, after its noun with no break or step word between, names
    /// what the instrument is about ("меморандум про співпрацю у протидії гібридним загрозам і дезінформації"). Not in a
    /// verb-final language, where the verb of denial follows the instrument's phrase ("… پیمان دفاعی با پاکستان را تکذیب
    /// کرد") and the topic stands before the noun.</summary>
    private static bool OnTheInstrumentsTopic(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, LexiconMatch<Mood> denial) =>
        denial.FirstWord > anchor.LastWord && denial.FirstWord - anchor.LastWord <= TopicWords && NoBreakBetween(sentence, anchor.LastWord, denial.FirstWord)
        && !sentence.Statuses.Any(s => s.FirstWord > anchor.LastWord && s.FirstWord < denial.FirstWord);

    /// <summary>"подписание документа пока не планируется", "the signing is not planned": a negation after a signing
    /// noun, right before the word of intent that is its predicate, denies the step.</summary>
    /// <remarks>Where the verb ends the clause, the word of intent comes first and the negation last, after the noun's
    /// complements: "امضای سند جدیدی در این سفر پیش‌بینی نشده است" (the signing of a new document on this trip is not
    /// foreseen).</remarks>
    private static bool NegatesAPlanAfter(SentenceAnalysis sentence, LexiconMatch<AgreementStatus>? status, LexiconMatch<Mood> negation, bool verbFinal)
    {
        const int MaxGap = 4;
        // The clause's verb may follow the noun's parties and place ("امضای توافقنامه همکاری نظامی میان ایران و بلاروس در
        // این سفر پیش‌بینی نشده است"), with no other step between.
        const int MaxVerbFinalGap = 14;
        return status is not null && negation.FirstWord > status.LastWord && negation.FirstWord - status.LastWord <= (verbFinal ? MaxVerbFinalGap : MaxGap)
            && NoBreakBetween(sentence, status.LastWord, negation.FirstWord)
            && !sentence.Statuses.Any(s => s.FirstWord > status.LastWord && s.FirstWord < negation.FirstWord)
            && sentence.Moods.Any(m => m.Value is Mood.Intent or Mood.Future
                && (m.FirstWord == negation.LastWord + 1 || (verbFinal && m.LastWord + 1 == negation.FirstWord && m.FirstWord > status.LastWord)));
    }

    /// <summary>True when no punctuation separates two words: they stand in one clause ("Am Abend wollte Selenskyj in
    /// Paris mit Präsident Macron ein ähnliches Abkommen zwischen Frankreich und der Ukraine unterzeichnen").</summary>
    private static bool NoBreakBetween(SentenceAnalysis sentence, int from, int to)
    {
        for (var w = from + 1; w <= to; w++)
        {
            if (sentence.Sentence.BreakBefore(w))
            {
                return false;
            }
        }

        return true;
    }
}
