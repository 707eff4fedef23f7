using Pacta.Core.Analysis;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Dates;
using Pacta.Core.Text;

namespace Pacta.Core.Extraction;

/// <summary>
/// Finds the date of an instrument: the nearest date of its clause, a date shared by several partners, the
/// dates coordinated with it, and the dates that belong to something else (a dateline, a plan period, another step).
/// </summary>
internal static class DateRules
{
    /// <summary>Farther than this from the step, a date is about something else ("…, in power in Niamey since the
    /// coup of July").</summary>
    private const int MaxDateDistance = 28;

    private const int PlanPeriodDistance = 5;

    /// <summary>True when no other instrument of the sentence stands nearer to <paramref name="date"/>: "the deal,
    /// signed in February, helps bid for contracts" dates the deal, not the contracts.</summary>
    public static bool IsNearestInstrument(SentenceAnalysis sentence, LexiconMatch<InstrumentWord> anchor, DateMention date)
    {
        var own = WordDistance.Between(anchor.FirstWord, anchor.LastWord, date.FirstWord, date.LastWord);
        return sentence.Instruments.All(other => other == anchor || WordDistance.Between(other.FirstWord, other.LastWord, date.FirstWord, date.LastWord) >= own);
    }

    /// <summary>The nearest date of the clause, a bare year only when there is nothing better: "a plan for 2025 …
    /// on Monday" is dated by Monday.
    /// The distance is counted from the whole step phrase when the word starts one ("утратило силу в прошлом году").</summary>
    /// <param name="untold">The step is to come, or no word tells it (a date may then tell it: "an agreement with Serbia
    /// in November 2023"): a date by a verb of saying (<see cref="DatesAStatement"/>: "will sign a treaty later this
    /// year, Marape said on Wednesday"; "agreed to extend their 2023 agreement, the ministry said on Wednesday") is the
    /// day of the statement, and one after "since" the start of its talks ("négocié depuis octobre"), so another date
    /// of the sentence may tell the step.</param>
    public static DateMention? NearestDate(SentenceAnalysis sentence, int word, LexiconMatch<InstrumentWord> anchor, LexiconMatch<AgreementStatus>? status, LanguageProfile language, bool untold = false)
    {
        var last = status is not null && status.FirstWord == word ? status.LastWord : word;
        return sentence.Dates
            .Where(d => !IsDateline(sentence, d) && WordDistance.Between(d.FirstWord, d.LastWord, word, last) <= MaxDateDistance
                && !IsPlanPeriod(d, anchor) && !BelongsToAnotherStep(sentence, d, status) && !(!language.Settings.VerbFinal && DatesTheSigningBefore(sentence, d, status)) && !(untold && (DatesAStatement(sentence, d) || BoundsAPeriod(sentence, d, language))))
            .OrderBy(d => (d.Past ?? d.Future)?.Precision == Model.DatePrecision.Year ? 1 : 0)
            // "Le traité de 2010, entré en vigueur en 2012": a year the comma sets off from the verb names the instrument;
            // the one in the verb's own clause dates its step. Only years: a day set off by commas ("صوت مجلس النواب، أمس
            // الأربعاء، على قانون تصديق …") is still the step's.
            .ThenBy(d => (d.Past ?? d.Future)?.Precision == Model.DatePrecision.Year
                && !ClauseReader.OneClause(sentence, Math.Min(d.FirstWord, word), Math.Max(d.LastWord, last)) ? 1 : 0)
            .ThenBy(d => WordDistance.Between(d.FirstWord, d.LastWord, word, last))
            .FirstOrDefault();
    }

    /// <summary>"El acuerdo firmado por ambos países en 2009 entró en vigor en 2011": a date between a signing verb and a
    /// later step's verb after it, with no "and" between, dates the signing (where verbs come before their dates).</summary>
    private static bool DatesTheSigningBefore(SentenceAnalysis sentence, DateMention date, LexiconMatch<AgreementStatus>? status) =>
        status is { Value: not AgreementStatus.Signed and not AgreementStatus.Planned } && date.LastWord < status.FirstWord
        && sentence.Statuses.Any(other => other.Value == AgreementStatus.Signed && other.LastWord < date.FirstWord
            && !sentence.Statuses.Any(s => s.FirstWord > other.LastWord && s.FirstWord < status.FirstWord)
            && !sentence.FunctionWords.Any(f => f.Value == FunctionRole.And && f.FirstWord > date.LastWord && f.LastWord < status.FirstWord)
            && ClauseReader.OneClause(sentence, other.LastWord, status.FirstWord));

    /// <summary>A date that bounds a period ("desde julho de 2021", "після 2022 року", "2021'den beri"): a state of
    /// affairs since then, not the day of a step.</summary>
    public static bool BoundsAPeriod(SentenceAnalysis sentence, DateMention date, LanguageProfile language) =>
        (date.FirstWord > 0 && language.DateWords.Match(sentence.Sentence, date.FirstWord - 1) is { Value: DateWordRole.Since } before && before.LastWord == date.FirstWord - 1)
        || (date.LastWord + 1 < sentence.Sentence.Count && language.DateWords.Match(sentence.Sentence, date.LastWord + 1) is { Value: DateWordRole.Since });

    /// <summary>The years a plan covers ("a cooperation plan for 2025", "2025 жылға арналған жоспар") are not the date
    /// it was signed. A plan's years are written out: "last year" ("no final do ano passado") tells when a step was.</summary>
    private static bool IsPlanPeriod(DateMention date, LexiconMatch<InstrumentWord> anchor) =>
        anchor.Value.Kind == AgreementKind.Plan && !date.IsRelative
        && (date.Past ?? date.Future)?.Precision == DatePrecision.Year
        && WordDistance.Between(date.FirstWord, date.LastWord, anchor.FirstWord, anchor.LastWord) <= PlanPeriodDistance;

    /// <summary>Words between a verb and a date of its own: "imzalanan" in "2024 yılında Bakü'de imzalanan".</summary>
    private const int NextToAVerb = 3;

    /// <summary>A date by another step's verb, nearer to it than to the step read, is that step's: in "ended the
    /// agreement signed in 1977", 1977 dates the signing, not the ending (so in "2024 yılında Bakü'de imzalanan
    /// anlaşmanın onaylanması", the ratification is not of 2024); so is a date in the clause of another step's verb that commas set off from
    /// the step read ("the agreement, signed in Lima in March, entered into force on Monday"; "The agreement, signed in
    /// Vilnius in March 2023, was approved by 80 votes", where the approval's day is told elsewhere or not at all).</summary>
    private static bool BelongsToAnotherStep(SentenceAnalysis sentence, DateMention date, LexiconMatch<AgreementStatus>? status) =>
        status is not null && sentence.Statuses.Any(other => other.Value != status.Value && !Governs(sentence, other, status) && !IsThePlannedSigning(sentence, other, status)
            && (BetweenItsVerbAndAnd(sentence, other, date, status) || (WordDistance.Between(other.FirstWord, other.LastWord, date.FirstWord, date.LastWord) <= NextToAVerb
                && WordDistance.Between(other.FirstWord, other.LastWord, date.FirstWord, date.LastWord) < WordDistance.Between(status.FirstWord, status.LastWord, date.FirstWord, date.LastWord)
                && ClauseReader.OneClause(sentence, other.FirstWord, date.FirstWord))
                || (ClauseReader.OneClause(sentence, other.LastWord, date.FirstWord) && !ClauseReader.OneClause(sentence, status.LastWord, date.FirstWord))));

    /// <summary>A signing verb with a word of intent or future next to it, in a plan's clause ("проект соглашения …,
    /// который планируется подписать в следующем году"; "которое может быть подписано в следующем месяце", may be signed):
    /// the signing is the step planned, and its date is the plan's.</summary>
    private static bool IsThePlannedSigning(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> other, LexiconMatch<AgreementStatus> status)
    {
        const int MaxGap = 2;
        return status.Value == AgreementStatus.Planned && other.Value == AgreementStatus.Signed
            && sentence.Moods.Any(m => m.Value is Mood.Intent or Mood.Future or Mood.Speculation && WordDistance.Between(m.FirstWord, m.LastWord, other.FirstWord, other.LastWord) <= MaxGap);
    }

    /// <summary>Days between the two readings of a weekday at most: "on Thursday" is no later than it was.</summary>
    private const int WeekdaySpan = 14;

    /// <summary>A date without its year (or month) whose next reading is nearer to the news than its last one ("on March
    /// 12" in news of March 1), and not a weekday, whose two readings are a week apart.</summary>
    public static bool NearerAhead(DateMention date, DateOnly published) =>
        date.IsRelative && date.Past is { } past && date.Future is { } future && future.Start > published
        && future.Start.DayNumber - past.Start.DayNumber > WeekdaySpan
        && future.Start.DayNumber - published.DayNumber < published.DayNumber - past.End.DayNumber;

    /// <summary>"подписан в январе и вступил в силу в октябре": a date after another step's verb and before "and" and the
    /// step read is the other step's.</summary>
    private static bool BetweenItsVerbAndAnd(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> other, DateMention date, LexiconMatch<AgreementStatus> status) =>
        other.LastWord < date.FirstWord && date.LastWord < status.FirstWord && ClauseReader.OneClause(sentence, other.LastWord, status.FirstWord)
        && sentence.FunctionWords.Any(f => f.Value == FunctionRole.And && f.FirstWord > date.LastWord && f.LastWord < status.FirstWord);

    /// <summary>A date after a verb of saying and its speaker, before any step or instrument ("said on Tuesday", "ha detto
    /// martedì", "حسبما أعلن المتحدث باسم الرئاسة يوم الاثنين"), or right before one in its clause ("on Wednesday
    /// announced"), dates the statement; not one before a comma ("в мае, сообщил пресс-секретарь": May is the plan's).</summary>
    public static bool DatesAStatement(SentenceAnalysis sentence, DateMention date)
    {
        const int MaxGap = 6;
        const int MaxGapBefore = 2;
        return sentence.Cues.Any(c => c.Value == "speech"
            && ((c.LastWord < date.FirstWord && date.FirstWord - c.LastWord <= MaxGap
                    && ClauseReader.OneClause(sentence, c.LastWord, date.FirstWord)
                    && !sentence.Statuses.Any(s => s.FirstWord > c.LastWord && s.FirstWord < date.FirstWord)
                    && !sentence.Instruments.Any(i => i.FirstWord > c.LastWord && i.FirstWord < date.FirstWord))
                || (c.FirstWord > date.LastWord && c.FirstWord - date.LastWord <= MaxGapBefore && ClauseReader.OneClause(sentence, date.LastWord, c.FirstWord))));
    }

    /// <summary>A verb right before a step's noun governs it, and its date is the step's: "схвалив вихід країни з угоди"
    /// (approved the country's withdrawal from the agreement); so does one with an adjective between ("подписал
    /// федеральный закон о ратификации", signed the federal law on ratification), but not "and" or a comma.</summary>
    private static bool Governs(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> verb, LexiconMatch<AgreementStatus> step)
    {
        if (verb.LastWord + 1 == step.FirstWord)
        {
            return true;
        }

        var between = verb.LastWord + 1;
        return (between + 1 == step.FirstWord && sentence.Sentence.Words[between].Kind == TokenKind.Word && !sentence.Sentence.BreakBefore(between)
            && !sentence.Sentence.BreakBefore(step.FirstWord) && !sentence.FunctionWords.Any(f => f.FirstWord <= between && f.LastWord >= between)
            && !sentence.Dates.Any(d => d.FirstWord <= between && d.LastWord >= between))
            || GovernsAQuotedTitle(sentence, verb, step);
    }

    /// <summary>"подписал закон «О ратификации Соглашения …»" (signed the law "On the ratification of the Agreement"): a
    /// verb, its noun and the opening words of a quoted title that names the step; only quotation marks stand between.</summary>
    private static bool GovernsAQuotedTitle(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> verb, LexiconMatch<AgreementStatus> step)
    {
        const int MaxWords = 2;
        if (step.FirstWord - verb.LastWord - 1 is < 1 or > MaxWords)
        {
            return false;
        }

        var quoted = false;
        for (var w = verb.LastWord + 1; w <= step.FirstWord; w++)
        {
            var gap = sentence.Sentence.Gap(w).Trim();
            if (gap.Length > 0 && gap.IndexOfAnyExcept("«\"„“") >= 0)
            {
                return false;
            }

            quoted |= gap.Length > 0;
            if (w < step.FirstWord && (sentence.Sentence.Words[w].Kind != TokenKind.Word || sentence.Dates.Any(d => d.FirstWord <= w && d.LastWord >= w)))
            {
                return false;
            }
        }

        return quoted;
    }

    /// <summary>For a plan dated no later than the news (the day it was agreed or announced), another date of the clause
    /// that lies ahead: when it is due. Null when there is none.</summary>
    public static DateMention? DueDateAfter(SentenceAnalysis sentence, DateMention? chosen, int word, DateOnly published)
    {
        if (chosen?.Future is not { } when || when.End > published)
        {
            return null;
        }

        return sentence.Dates
            .Where(d => d != chosen && !IsDateline(sentence, d) && d.Future is { } ahead && ahead.End > published
                && WordDistance.Between(d.FirstWord, d.LastWord, word, word) <= MaxDateDistance
                && ClauseReader.OneClause(sentence, Math.Min(d.FirstWord, word), Math.Max(d.FirstWord, word)))
            .OrderBy(d => WordDistance.Between(d.FirstWord, d.LastWord, word, word))
            .FirstOrDefault();
    }

    /// <summary>A relative date right after a signing word and its instrument, in their clause, that lies wholly after
    /// the news ("على توقيع اتفاقية … خلال الشهر المقبل", next month), with no other step's word nearer: the signing is
    /// still to come. Not for a plan, whose years ("план на следующий год") are its period. Null when there is none.</summary>
    public static DateMention? OnlyAheadAfter(SentenceAnalysis sentence, LexiconMatch<AgreementStatus> status, LexiconMatch<InstrumentWord> anchor, DateOnly published)
    {
        const int MaxGap = 8;
        if (anchor.Value.Kind == AgreementKind.Plan)
        {
            return null;
        }

        var from = Math.Max(status.LastWord, anchor.LastWord);
        return sentence.Dates.FirstOrDefault(d => d.IsRelative && d.FirstWord > from && d.FirstWord - from <= MaxGap
            && d.Past is { } past && past.Start > published && d.Future is { } future && future.Start > published
            && ClauseReader.OneClause(sentence, status.LastWord, d.FirstWord)
            && !sentence.Statuses.Any(other => other != status && other.FirstWord > status.LastWord && other.FirstWord < d.FirstWord));
    }

    /// <summary>"In March, the alliance signed programmes with Georgia and Armenia": a date before the first partner
    /// dates every partner that has none of its own.</summary>
    public static DateMention? SharedDate(SentenceAnalysis sentence, int firstPartnerWord) =>
        sentence.Dates.LastOrDefault(d => d.LastWord < firstPartnerWord && !IsDateline(sentence, d));

    /// <summary>The dates joined to <paramref name="date"/> by "and" or a comma, left to right after it.</summary>
    public static IEnumerable<DateMention> CoordinatedDates(SentenceAnalysis sentence, DateMention? date)
    {
        var previous = date;
        while (previous is not null)
        {
            var next = sentence.Dates.FirstOrDefault(d => d.FirstWord > previous.LastWord && d.FirstWord - previous.LastWord <= 2
                && Coordination.OnlyAndOrComma(sentence, previous.LastWord, d.FirstWord));
            if (next is not null)
            {
                yield return next;
            }

            previous = next;
        }
    }

    /// <summary>
    /// The date of a dateline ("ACCRA, March 24 – …", "MOSCOW, Dec 5 (Reuters) -") is when the story was filed,
    /// not when anything was signed: a date among the first words of a sentence, followed by a dash or a source
    /// between slashes.
    /// </summary>
    private static bool IsDateline(SentenceAnalysis sentence, DateMention date)
    {
        const int MaxDatelineWords = 5;
        if (date.FirstWord > MaxDatelineWords)
        {
            return false;
        }

        var rest = sentence.Sentence.DocumentText.AsSpan(date.Span.End, Math.Min(30, sentence.Sentence.Span.End - date.Span.End)).TrimStart();
        if (rest.StartsWith("("))
        {
            var close = rest.IndexOf(')');
            rest = close < 0 ? ReadOnlySpan<char>.Empty : rest[(close + 1)..].TrimStart();
        }

        // WAM and SANA put the agency between slashes after the date ("أبوظبي في 15 مايو / وام / وقعت …").
        return rest.Length > 0 && rest[0] is '-' or '–' or '—' or '‒' or '/';
    }
}
