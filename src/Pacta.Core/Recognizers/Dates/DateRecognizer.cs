using System.Globalization;
using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Core.Recognizers.Dates;

/// <summary>
/// Finds dates in a sentence from the language's month, weekday, relative-date and date-word lexicons: day
/// month year in the orders the language uses, month and year, a year alone, numeric dates, weekdays and
/// relative expressions, resolved against the publication date (an input: this stage reads no clock).
/// </summary>
public sealed class DateRecognizer
{
    private const int MinYear = 1900;
    private const int MaxYear = 2100;

    public List<DateMention> Recognize(AnalyzedSentence sentence, LanguageProfile language, DateOnly? published)
    {
        var reader = new Reader(sentence, language, published);
        var mentions = new List<DateMention>();
        for (var i = 0; i < sentence.Count; i++)
        {
            if (!reader.MayStartAt(i))
            {
                // Most words: no number and no first word of a month, weekday or relative date, so none of the eight
                // readers below can start there (each would look the word up again).
                continue;
            }

            if (reader.TryRead(i) is { } mention)
            {
                mentions.Add(mention);
                i = mention.LastWord;
            }
        }

        return mentions;
    }

    private sealed class Reader(AnalyzedSentence sentence, LanguageProfile language, DateOnly? published)
    {
        /// <summary>Whether a date can start at the word: every reader starts at a number or at a form of one of these
        /// lexicons (a word with a clitic prefix is always let through).</summary>
        public bool MayStartAt(int i)
        {
            if (IsNumber(i) || sentence.PrefixVariants[i].Length > 0)
            {
                return true;
            }

            var start = sentence.KeyStarts[i];
            return language.Months.MayStartWith(start) || language.Weekdays.MayStartWith(start) || language.RelativeDates.MayStartWith(start)
                || language.PersianMonths.MayStartWith(start) || language.HijriMonths.MayStartWith(start);
        }

        public DateMention? TryRead(int i) =>
            Numeric(i) ?? DayMonthYear(i) ?? MonthDayYear(i) ?? MonthYear(i) ?? Weekday(i) ?? Relative(i) ?? DayAlone(i) ?? YearFirst(i) ?? YearAlone(i);

        /// <summary>A year with its marker, then a day and a month or a month alone: one date, not a year and a month
        /// of the last twelve, in languages that write the year first ("Y M", "Y D M" in the profile's date order: Kazakh
        /// "2023 жылғы 12 желтоқсанда", "2021 жылдың желтоқсанында"). The marker is required: a bare year before a day is
        /// more often a list or a count. The order is looked up only at a year, which few words are.</summary>
        private DateMention? YearFirst(int i)
        {
            if (!IsYear(i) || !language.Settings.DateOrder.Any(o => o.StartsWith("Y ", StringComparison.Ordinal)))
            {
                return null;
            }

            var j = SkipRoles(i + 1, DateWordRole.YearMarker);
            if (j == i + 1 || j >= sentence.Count || !LightGap(j))
            {
                return null;
            }

            var year = Number(i);
            if (IsDayNumber(j) && MonthAt(SkipRoles(j + 1, DateWordRole.OrdinalSuffix, DateWordRole.DayMarker), out var dayCalendar) is { } dayMonth
                && dayCalendar == Calendar.Gregorian)
            {
                return ValidDay(year, dayMonth.Value, Number(j)) ? Absolute(i, dayMonth.LastWord, PartialDate.OfDay(year, dayMonth.Value, Number(j))) : null;
            }

            return MonthAt(j, out var calendar) is { } month && calendar == Calendar.Gregorian
                ? Absolute(i, month.LastWord, PartialDate.OfMonth(year, month.Value))
                : null;
        }

        private DateMention? Numeric(int i)
        {
            if (i + 2 >= sentence.Count || !IsNumber(i) || !IsNumber(i + 1) || !IsNumber(i + 2))
            {
                return null;
            }

            var separator = sentence.Gap(i + 1);
            if (separator.Length != 1 || separator[0] is not ('/' or '.' or '-') || !sentence.Gap(i + 2).SequenceEqual(separator))
            {
                return null;
            }

            var a = Number(i);
            var b = Number(i + 1);
            var c = Number(i + 2);
            int year, month, day;
            if (sentence.Words[i].Span.Length == 4)
            {
                (year, month, day) = (a, b, c);
            }
            else if (sentence.Words[i + 2].Span.Length is 4 or 2)
            {
                year = c < 100 ? 2000 + c : c;
                (month, day) = language.Settings.NumericOrder == "MDY" ? (a, b) : (b, a);
            }
            else
            {
                return null;
            }

            return ValidDay(year, month, day) ? Absolute(i, i + 2, PartialDate.OfDay(year, month, day)) : null;
        }

        private DateMention? DayMonthYear(int i)
        {
            if (!IsDayNumber(i))
            {
                return null;
            }

            var j = SkipRoles(i + 1, DateWordRole.OrdinalSuffix, DateWordRole.DayMarker);
            if (MonthAt(j, out var calendar) is not { } month)
            {
                return null;
            }

            var day = Number(i);
            var k = SkipRoles(month.LastWord + 1, DateWordRole.DayMarker);
            if (IsYear(k, calendar) && LightGap(k))
            {
                var year = Number(k);
                var last = SkipRoles(k + 1, DateWordRole.YearMarker) - 1;
                var date = Convert(calendar, year, month.Value, day);
                return date is null ? null : Absolute(i, last, date.Value);
            }

            if (calendar != Calendar.Gregorian)
            {
                return CalendarDayMonth(i, month.LastWord, calendar, month.Value, day);
            }

            return DayMonth(i, month.LastWord, month.Value, day);
        }

        private DateMention? MonthDayYear(int i)
        {
            if (MonthAt(i, out var calendar) is not { } month || calendar != Calendar.Gregorian)
            {
                return null;
            }

            var j = month.LastWord + 1;
            if (!IsDayNumber(j))
            {
                return null;
            }

            var k = SkipRoles(j + 1, DateWordRole.OrdinalSuffix);
            if (IsYear(k) && LightGap(k))
            {
                var last = SkipRoles(k + 1, DateWordRole.YearMarker) - 1;
                return ValidDay(Number(k), month.Value, Number(j)) ? Absolute(i, last, PartialDate.OfDay(Number(k), month.Value, Number(j))) : null;
            }

            return DayMonth(i, k - 1, month.Value, Number(j));
        }

        private DateMention? MonthYear(int i)
        {
            if (MonthAt(i, out var calendar) is not { } month)
            {
                return null;
            }

            var k = SkipRoles(month.LastWord + 1, DateWordRole.DayMarker);
            if (IsYear(k, calendar) && LightGap(k))
            {
                var last = SkipRoles(k + 1, DateWordRole.YearMarker) - 1;
                var date = calendar == Calendar.Gregorian
                    ? PartialDate.OfMonth(Number(k), month.Value)
                    : Convert(calendar, Number(k), month.Value, 15) is { } mid ? PartialDate.OfMonth(mid.Year, mid.Month) : (PartialDate?)null;
                return date is null ? null : Absolute(i, last, date.Value);
            }

            if (calendar != Calendar.Gregorian)
            {
                return null;
            }

            if (i > 0 && language.DateWords.Match(sentence, i - 1) is { Value: DateWordRole.SameYear } that && that.LastWord == i - 1
                && YearNamedBefore(i - 1) is { } thatYear)
            {
                // "signed in London in January 2023, came into effect that October": the month of the year named before.
                return Absolute(i - 1, month.LastWord, PartialDate.OfMonth(thatYear, month.Value));
            }

            if (k < sentence.Count && language.DateWords.Match(sentence, k) is { Value: DateWordRole.SameYear } same && LightGap(k)
                && YearNamedBefore(i) is { } named)
            {
                // "signed in 2024 and approved by the Senate in December of that year": the month of the year named before.
                return Absolute(i, same.LastWord, PartialDate.OfMonth(named, month.Value));
            }

            if (InRelativeYear(k) is { } year)
            {
                // "in August last year", "en agosto del año pasado", "ad agosto dell'anno scorso": the month of the year
                // told relative to the news, not the most recent August.
                var resolved = published is { } news ? PartialDate.OfMonth(news.Year + year.Value.Offset, month.Value) : (PartialDate?)null;
                return Mention(i, year.LastWord, resolved, resolved, relative: true);
            }

            if (IsGivenName(month))
            {
                return null;
            }

            // A month without a year: the most recent such month (or the next one, for plans).
            PartialDate? past = null, future = null;
            if (published is { } p)
            {
                past = PartialDate.OfMonth(month.Value <= p.Month ? p.Year : p.Year - 1, month.Value);
                future = PartialDate.OfMonth(month.Value >= p.Month ? p.Year : p.Year + 1, month.Value);
            }

            return Mention(i, month.LastWord, past, future, relative: true);
        }

        /// <summary>The last year written in figures before the word, in the same sentence; null when there is none.</summary>
        private int? YearNamedBefore(int i)
        {
            for (var j = i - 1; j >= 0; j--)
            {
                if (IsYear(j))
                {
                    return Number(j);
                }
            }

            return null;
        }

        /// <summary>A short month word with no number beside it, no stop after it and a capitalised word next: a given
        /// name, not a month ("Foreign Minister Jan Lipavský", "Verteidigungsminister Jan Nowicki").</summary>
        private bool IsGivenName(LexiconMatch<int> month)
        {
            const int MaxLetters = 3;
            var next = month.LastWord + 1;
            return month.FirstWord == month.LastWord && sentence.Words[month.FirstWord].Span.Length <= MaxLetters
                && next < sentence.Count && sentence.Gap(next).Trim().IsEmpty && sentence.Words[next].IsCapitalized && !IsNumber(next);
        }

        /// <summary>A relative year right at the word ("last year", "del año pasado" past its day marker), with no
        /// word between it and the month but a date's linking word or a comma; null for any other unit.</summary>
        private LexiconMatch<RelativeDate>? InRelativeYear(int k)
        {
            if (k < sentence.Count && language.DateWords.Match(sentence, k) is { Value: DateWordRole.DayMarker or DateWordRole.YearMarker } link
                && link.LastWord == k && !IsYear(k + 1))
            {
                // "agosto do ano passado", "agosto dell'anno scorso": a linking word of dates before the year.
                k++;
            }

            return k < sentence.Count && LightGap(k) && language.RelativeDates.Match(sentence, k) is { Value.Unit: DateUnit.Year } year ? year : null;
        }

        private DateMention? Weekday(int i)
        {
            if (language.Weekdays.Match(sentence, i) is not { } weekday)
            {
                return null;
            }

            var direction = 0;
            var first = i;
            var last = weekday.LastWord;
            if (i > 0 && language.DateWords.Match(sentence, i - 1) is { } before && before.LastWord == i - 1)
            {
                direction = Direction(before.Value);
                first = direction != 0 ? i - 1 : i;
            }

            if (direction == 0 && last + 1 < sentence.Count && language.DateWords.Match(sentence, last + 1) is { } after)
            {
                direction = Direction(after.Value);
                last = direction != 0 ? after.LastWord : last;
            }

            PartialDate? past = null, future = null;
            if (published is { } p)
            {
                var target = (DayOfWeek)(weekday.Value % 7);
                var back = ((int)p.DayOfWeek - (int)target + 7) % 7;
                var ahead = ((int)target - (int)p.DayOfWeek + 7) % 7;
                past = PartialDate.OfDay(p.AddDays(direction > 0 ? ahead == 0 ? 7 : ahead : direction < 0 && back == 0 ? -7 : -back));
                future = direction < 0 ? past : PartialDate.OfDay(p.AddDays(ahead == 0 && direction > 0 ? 7 : ahead));
            }

            return Mention(first, last, past, future, relative: true);
        }

        private DateMention? Relative(int i)
        {
            if (language.RelativeDates.Match(sentence, i) is not { } match)
            {
                return null;
            }

            PartialDate? date = null;
            if (published is { } p)
            {
                var offset = match.Value.Offset;
                date = match.Value.Unit switch
                {
                    DateUnit.Day => PartialDate.OfDay(p.AddDays(offset)),
                    DateUnit.Week => PartialDate.OfDay(p.AddDays(7 * offset)) is var d ? PartialDate.OfMonth(d.Year, d.Month) : null,
                    DateUnit.Month => PartialDate.OfMonth(p.AddMonths(offset).Year, p.AddMonths(offset).Month),
                    _ => PartialDate.OfYear(p.Year + offset),
                };
            }

            return Mention(i, match.LastWord, date, date, relative: true);
        }

        private DateMention? YearAlone(int i)
        {
            if (!IsYear(i))
            {
                return null;
            }

            // "2025-2028", "2024–2027": a span of years names a programme, not a date.
            if ((i + 1 < sentence.Count && IsYear(i + 1) && IsRangeGap(sentence.Gap(i + 1)))
                || (i > 0 && IsYear(i - 1) && IsRangeGap(sentence.Gap(i))))
            {
                return null;
            }

            var last = SkipRoles(i + 1, DateWordRole.YearMarker) - 1;
            return Absolute(i, last, PartialDate.OfYear(Number(i)));
        }

        /// <summary>
        /// "in Jakarta on the 12th, the prime minister said": a day of the month alone, written with a letter ordinal
        /// ending glued to it and closing its clause (not "the 5th round"), is the nearest such day: the last one, or
        /// the next one for plans.
        /// </summary>
        private DateMention? DayAlone(int i)
        {
            var suffix = i + 1;
            if (!IsDayNumber(i) || suffix >= sentence.Count || sentence.Words[suffix].Kind != TokenKind.Word || sentence.Gap(suffix).Length != 0
                || language.DateWords.Match(sentence, suffix) is not { Value: DateWordRole.OrdinalSuffix } ending || ending.LastWord != suffix
                || (suffix + 1 < sentence.Count && !sentence.BreakBefore(suffix + 1)))
            {
                return null;
            }

            var day = Number(i);
            PartialDate? past = null, future = null;
            if (published is { } p)
            {
                var thisMonth = DayInYear(p.Year, p.Month, day);
                var before = p.AddMonths(-1);
                var after = p.AddMonths(1);
                past = thisMonth is { } t && t.Start <= p ? thisMonth : DayInYear(before.Year, before.Month, day);
                future = thisMonth is { } u && u.Start >= p ? thisMonth : DayInYear(after.Year, after.Month, day);
            }

            return Mention(i, suffix, past, future, relative: true);
        }

        private DateMention? DayMonth(int first, int last, int month, int day)
        {
            if (day > DateTime.DaysInMonth(2024, month))
            {
                return null;
            }

            PartialDate? past = null, future = null;
            if (published is { } p)
            {
                past = DayInYear(p.Year, month, day) is { } thisYear && thisYear.Start <= p.AddDays(1) ? thisYear : DayInYear(p.Year - 1, month, day);
                future = DayInYear(p.Year, month, day) is { } sameYear && sameYear.Start >= p.AddDays(-1) ? sameYear : DayInYear(p.Year + 1, month, day);
            }

            return Mention(first, last, past, future, relative: true);
        }

        private static PartialDate? DayInYear(int year, int month, int day) =>
            ValidDay(year, month, day) ? PartialDate.OfDay(year, month, day) : null;

        /// <summary>The last word <see cref="MonthAt"/> looked at and what it found: two readings ask at each word.</summary>
        private (int Word, LexiconMatch<int>? Month, Calendar Calendar) _lastMonth = (-1, null, Calendar.Gregorian);

        private LexiconMatch<int>? MonthAt(int i, out Calendar calendar)
        {
            if (_lastMonth.Word != i)
            {
                _lastMonth = (i, FindMonthAt(i, out var found), found);
            }

            calendar = _lastMonth.Calendar;
            return _lastMonth.Month;
        }

        private LexiconMatch<int>? FindMonthAt(int i, out Calendar calendar)
        {
            calendar = Calendar.Gregorian;
            if (i >= sentence.Count)
            {
                return null;
            }

            if (language.Months.Match(sentence, i) is { } gregorian)
            {
                return gregorian;
            }

            if (language.PersianMonths.Match(sentence, i) is { } persian)
            {
                calendar = Calendar.Persian;
                return persian;
            }

            if (language.HijriMonths.Match(sentence, i) is { } hijri)
            {
                calendar = Calendar.Hijri;
                return hijri;
            }

            return null;
        }

        /// <summary>"۲۵ آذر" without a year: the most recent such day of the month's calendar (the next one for plans).</summary>
        private DateMention? CalendarDayMonth(int first, int last, Calendar calendar, int month, int day)
        {
            if (published is not { } p)
            {
                return Mention(first, last, null, null, relative: true);
            }

            System.Globalization.Calendar system = calendar == Calendar.Persian ? new PersianCalendar() : new UmAlQuraCalendar();
            var year = system.GetYear(p.ToDateTime(TimeOnly.MinValue));
            var thisYear = Convert(calendar, year, month, day);
            var past = thisYear is { } t && t.Start <= p.AddDays(1) ? thisYear : Convert(calendar, year - 1, month, day);
            var future = thisYear is { } u && u.Start >= p.AddDays(-1) ? thisYear : Convert(calendar, year + 1, month, day);
            return Mention(first, last, past, future, relative: true);
        }

        private static PartialDate? Convert(Calendar calendar, int year, int month, int day)
        {
            try
            {
                return calendar switch
                {
                    Calendar.Gregorian => ValidDay(year, month, day) ? PartialDate.OfDay(year, month, day) : null,
                    Calendar.Persian => PartialDate.OfDay(DateOnly.FromDateTime(new PersianCalendar().ToDateTime(year, month, day, 0, 0, 0, 0))),
                    _ => PartialDate.OfDay(DateOnly.FromDateTime(new UmAlQuraCalendar().ToDateTime(year, month, day, 0, 0, 0, 0))),
                };
            }
            catch (ArgumentOutOfRangeException)
            {
                return null;
            }
        }

        private int SkipRoles(int j, params DateWordRole[] roles)
        {
            while (j < sentence.Count && language.DateWords.Match(sentence, j) is { } word && roles.Contains(word.Value))
            {
                j = word.LastWord + 1;
            }

            return j;
        }

        private static int Direction(DateWordRole role) => role switch
        {
            DateWordRole.Last => -1,
            DateWordRole.Next => 1,
            _ => 0,
        };

        private bool LightGap(int word)
        {
            foreach (var c in sentence.Gap(word))
            {
                if (!char.IsWhiteSpace(c) && c is not (',' or '.' or '\'' or '’'))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsRangeGap(ReadOnlySpan<char> gap)
        {
            var trimmed = gap.Trim();
            return trimmed.Length == 1 && trimmed[0] is '-' or '–' or '—' or '/';
        }

        private bool IsNumber(int i) => i < sentence.Count && sentence.Words[i].Kind == TokenKind.Number;

        private int Number(int i) => int.Parse(sentence.Keys[i], NumberStyles.None, CultureInfo.InvariantCulture);

        private bool IsDayNumber(int i) => IsNumber(i) && sentence.Words[i].Span.Length <= 2 && Number(i) is >= 1 and <= 31;

        private bool IsYear(int i) => IsNumber(i) && sentence.Words[i].Span.Length == 4 && Number(i) is >= MinYear and <= MaxYear;

        /// <summary>A year of the month's calendar: Solar Hijri 1402 is 2023–24, lunar Hijri 1445 is 2023–24.</summary>
        private bool IsYear(int i, Calendar calendar) => calendar switch
        {
            Calendar.Gregorian => IsYear(i),
            _ => IsNumber(i) && sentence.Words[i].Span.Length == 4 && Number(i) is >= MinCalendarYear and <= MaxCalendarYear,
        };

        private const int MinCalendarYear = 1300;
        private const int MaxCalendarYear = 1500;

        private static bool ValidDay(int year, int month, int day) =>
            year is >= 1 and <= 9999 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

        private DateMention Absolute(int first, int last, PartialDate date) => Mention(first, last, date, date, relative: false);

        private DateMention Mention(int first, int last, PartialDate? past, PartialDate? future, bool relative) =>
            new(sentence.Index, first, last, sentence.SpanOf(first, last), sentence.TextOf(first, last), past, future, relative);
    }

    private enum Calendar
    {
        Gregorian,
        Persian,
        Hijri,
    }
}
