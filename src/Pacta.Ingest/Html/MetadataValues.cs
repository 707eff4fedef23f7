using System.Globalization;

namespace Pacta.Ingest.Html;

/// <summary>Turns the raw strings of metadata into Pacta's values.</summary>
internal static class MetadataValues
{
    /// <summary>The calendar date as written in the page's own offset (<c>2023-12-12T23:30:00+03:00</c> is the
    /// 12th, the day the newsroom published it), or null.</summary>
    public static DateOnly? Date(string? value)
    {
        var trimmed = value?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal, out var moment))
        {
            return DateOnly.FromDateTime(moment.DateTime);
        }

        return trimmed.Length >= 10 && DateOnly.TryParseExact(trimmed[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;
    }

    /// <summary>The primary subtag of a language tag, lowercased: <c>fr-FR</c> gives <c>fr</c>.</summary>
    public static string? Language(string? tag)
    {
        var primary = tag?.Trim().Split('-', '_')[0].ToLowerInvariant();
        return string.IsNullOrEmpty(primary) || primary.Length > 3 ? null : primary;
    }

    /// <summary>Inner white space collapsed; empty becomes null.</summary>
    public static string? Clean(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var collapsed = string.Join(' ', value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? null : collapsed;
    }
}
