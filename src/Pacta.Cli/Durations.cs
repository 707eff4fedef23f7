using System.Globalization;

namespace Pacta.Cli;

/// <summary>Reads durations as people write them on a command line: <c>90s</c>, <c>15m</c>, <c>2h</c>, <c>1d</c>,
/// <c>500ms</c>, or a .NET TimeSpan such as <c>00:15:00</c>.</summary>
public static class Durations
{
    public static bool TryParse(string? text, out TimeSpan duration)
    {
        duration = default;
        var value = text?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var unit = value.EndsWith("ms", StringComparison.Ordinal) ? "ms" : value[^1..];
        var number = value[..^unit.Length];
        if (double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var amount) && amount >= 0)
        {
            TimeSpan? parsed = unit switch
            {
                "ms" => TimeSpan.FromMilliseconds(amount),
                "s" => TimeSpan.FromSeconds(amount),
                "m" => TimeSpan.FromMinutes(amount),
                "h" => TimeSpan.FromHours(amount),
                "d" => TimeSpan.FromDays(amount),
                _ => null,
            };
            if (parsed is { } known)
            {
                duration = known;
                return true;
            }
        }

        return TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out duration) && duration >= TimeSpan.Zero;
    }
}
