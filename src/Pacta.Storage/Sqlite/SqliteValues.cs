using System.Globalization;
using System.Text.Json;

namespace Pacta.Storage.Sqlite;

/// <summary>How values are written to and read from SQLite text columns.</summary>
internal static class SqliteValues
{
    /// <summary>UTC, fixed width, so text order is time order.</summary>
    public static string Timestamp(DateTimeOffset value) =>
        value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);

    public static DateTimeOffset ParseTimestamp(string text) =>
        DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);

    public static string Day(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static DateOnly ParseDay(string text) => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Json(IReadOnlyList<string> values) => JsonSerializer.Serialize(values);

    /// <summary>A JSON array of strings; the empty one, most rows' signatories, without the serializer.</summary>
    public static IReadOnlyList<string> ParseJsonList(string text) => text == "[]" ? [] : JsonSerializer.Deserialize<List<string>>(text) ?? [];
}
