using System.Globalization;
using Npgsql;

namespace Pacta.Storage.Postgres;

/// <summary>
/// Tells a PostgreSQL location from a SQLite one and turns it into Npgsql's keyword form. <c>--db</c> and
/// <c>$PACTA_DB</c> accept both <c>Host=…;Database=…</c> and the URI form <c>postgres://user:pass@host:port/db?k=v</c>
/// that hosting services hand out; Npgsql itself reads only the keyword form.
/// </summary>
public static class PostgresConnectionString
{
    /// <summary>True for a <c>postgres://</c> or <c>postgresql://</c> URI, or a keyword string naming a Host.</summary>
    public static bool IsPostgres(string value) =>
        value.StartsWith("postgres://", StringComparison.OrdinalIgnoreCase) ||
        value.StartsWith("postgresql://", StringComparison.OrdinalIgnoreCase) ||
        value.Contains("Host=", StringComparison.OrdinalIgnoreCase) ||
        value.Contains("Server=", StringComparison.OrdinalIgnoreCase);

    /// <summary>The keyword form of <paramref name="value"/> (a URI or a keyword string).</summary>
    public static NpgsqlConnectionStringBuilder Parse(string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        if (!value.Contains("://", StringComparison.Ordinal))
        {
            return new NpgsqlConnectionStringBuilder(value);
        }

        if (!Uri.TryCreate(value, UriKind.Absolute, out var uri))
        {
            throw new ArgumentException($"'{Redacted(value)}' is not a valid PostgreSQL URI.", nameof(value));
        }

        var builder = new NpgsqlConnectionStringBuilder { Host = uri.Host };
        if (!uri.IsDefaultPort && uri.Port > 0)
        {
            builder.Port = uri.Port;
        }

        if (uri.UserInfo.Length > 0)
        {
            var parts = uri.UserInfo.Split(':', 2);
            builder.Username = Uri.UnescapeDataString(parts[0]);
            if (parts.Length == 2)
            {
                builder.Password = Uri.UnescapeDataString(parts[1]);
            }
        }

        var database = Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));
        if (database.Length > 0)
        {
            builder.Database = database;
        }

        // Query parameters are connection keywords (sslmode=require, Pooling=false…); libpq's lower-case names
        // that Npgsql spells differently are mapped.
        foreach (var pair in uri.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var kv = pair.Split('=', 2);
            var key = Uri.UnescapeDataString(kv[0]);
            var keyword = key.ToLowerInvariant() switch
            {
                "sslmode" => "SSL Mode",
                "application_name" => "Application Name",
                "connect_timeout" => "Timeout",
                _ => key,
            };
            builder[keyword] = kv.Length == 2 ? Uri.UnescapeDataString(kv[1]) : "true";
        }

        return builder;
    }

    /// <summary>Where the database is, without the password: for messages and <see cref="StoreNotFoundException"/>.</summary>
    public static string Describe(NpgsqlConnectionStringBuilder builder) =>
        string.Create(CultureInfo.InvariantCulture, $"postgres://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}");

    private static string Redacted(string value) =>
        value.Contains('@', StringComparison.Ordinal) ? value[..(value.IndexOf("://", StringComparison.Ordinal) + 3)] + "…" + value[value.LastIndexOf('@')..] : value;
}
