namespace Pacta.Export.Svg;

/// <summary>
/// Years across a figure: each year a band of equal width between <see cref="Left"/> and <see cref="Right"/>, its
/// point at the middle of the band, so a single year still has room.
/// </summary>
public sealed record YearScale(int First, int Last, double Left, double Right)
{
    public double Band => (Right - Left) / (Last - First + 1);

    public double X(int year) => Left + ((year - First + 0.5) * Band);

    /// <summary>Every year for short spans, else every 5th or 10th year, so labels do not overlap.</summary>
    public IEnumerable<int> Ticks()
    {
        var span = Last - First + 1;
        var step = span <= 15 ? 1 : span <= 50 ? 5 : 10;
        return Enumerable.Range(First, span).Where(y => step == 1 || y % step == 0);
    }
}
