using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>
/// A span of whole years, both ends included, that figures are computed over. <see cref="AllTime"/> also takes
/// undated facts; a bounded period takes only facts dated inside it.
/// </summary>
public readonly record struct Period
{
    private Period(int firstYear, int lastYear, bool takesUndated)
    {
        FirstYear = firstYear;
        LastYear = lastYear;
        TakesUndated = takesUndated;
    }

    public static Period AllTime { get; } = new(1, 9999, takesUndated: true);

    public int FirstYear { get; }

    public int LastYear { get; }

    public bool TakesUndated { get; }

    public static Period Years(int firstYear, int lastYear)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(firstYear, lastYear);
        return new Period(firstYear, lastYear, takesUndated: false);
    }

    public static Period Year(int year) => Years(year, year);

    public bool Includes(PartialDate? date) =>
        date is { } known ? known.Year >= FirstYear && known.Year <= LastYear : TakesUndated;

    public override string ToString() =>
        TakesUndated ? "all time" : FirstYear == LastYear ? $"{FirstYear}" : $"{FirstYear}–{LastYear}";
}
