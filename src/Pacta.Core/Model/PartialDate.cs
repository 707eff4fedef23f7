using System.Globalization;

namespace Pacta.Core.Model;

/// <summary>
/// A calendar date known to a year, a month or a day: "2022", "2022-01", "2023-12-12".
/// </summary>
public readonly record struct PartialDate : IComparable<PartialDate>
{
    private PartialDate(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    public int Year { get; }

    /// <summary>1–12, or 0 when <see cref="Precision"/> is <see cref="DatePrecision.Year"/>.</summary>
    public int Month { get; }

    /// <summary>1–31, or 0 when the day is not known.</summary>
    public int Day { get; }

    public DatePrecision Precision { get; }

    public static PartialDate OfYear(int year)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(year, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(year, 9999);
        return new PartialDate(year, 0, 0, DatePrecision.Year);
    }

    public static PartialDate OfMonth(int year, int month)
    {
        _ = OfYear(year);
        ArgumentOutOfRangeException.ThrowIfLessThan(month, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(month, 12);
        return new PartialDate(year, month, 0, DatePrecision.Month);
    }

    public static PartialDate OfDay(int year, int month, int day)
    {
        var checkedDate = new DateOnly(year, month, day);
        return new PartialDate(checkedDate.Year, checkedDate.Month, checkedDate.Day, DatePrecision.Day);
    }

    public static PartialDate OfDay(DateOnly date) => OfDay(date.Year, date.Month, date.Day);

    /// <summary>The first day the date can stand for (1 January for a year, the 1st for a month).</summary>
    public DateOnly Start => new(Year, Math.Max(Month, 1), Math.Max(Day, 1));

    /// <summary>The last day the date can stand for.</summary>
    public DateOnly End => Precision switch
    {
        DatePrecision.Year => new DateOnly(Year, 12, 31),
        DatePrecision.Month => new DateOnly(Year, Month, DateTime.DaysInMonth(Year, Month)),
        _ => new DateOnly(Year, Month, Day),
    };

    /// <summary>True when the two dates agree at the coarser of their precisions ("2023-12" and "2023-12-12").</summary>
    public bool IsCompatibleWith(PartialDate other) => Start <= other.End && other.Start <= End;

    public static bool TryParse(string? text, out PartialDate date)
    {
        date = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var parts = text.Trim().Split('-');
        var numbers = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out numbers[i]))
            {
                return false;
            }
        }

        try
        {
            date = parts.Length switch
            {
                1 when parts[0].Length == 4 => OfYear(numbers[0]),
                2 when parts[0].Length == 4 && parts[1].Length == 2 => OfMonth(numbers[0], numbers[1]),
                3 when parts[0].Length == 4 && parts[1].Length == 2 && parts[2].Length == 2 => OfDay(numbers[0], numbers[1], numbers[2]),
                _ => throw new FormatException(),
            };
            return true;
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            return false;
        }
    }

    public static PartialDate Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not YYYY, YYYY-MM or YYYY-MM-DD.");

    public int CompareTo(PartialDate other)
    {
        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : Precision.CompareTo(other.Precision);
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
