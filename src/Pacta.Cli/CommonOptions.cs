using System.CommandLine;
using Pacta.Ingest.Readers;

namespace Pacta.Cli;

/// <summary>Options several commands share, so they read and validate the same everywhere.</summary>
public static class CommonOptions
{
    public static Option<string?> Database() => new("--db")
    {
        Description = "SQLite database file, or a PostgreSQL connection string (\"Host=…;Database=…\") or URI (postgres://user@host/db) (default: $PACTA_DB, else pacta.db in the working directory).",
    };

    public static Option<string?> DataDir() => new("--data-dir")
    {
        Description = "Read lexicons from this folder (laid out like data/lexicons) instead of the built-in copy.",
    };

    public static Option<double> MinConfidence() => new("--min-confidence")
    {
        Description = "Leave out agreements whose confidence (0–1) is below this.",
        DefaultValueFactory = _ => 0.0,
    };

    public static Option<string?> Language() => new("--language")
    {
        Description = "Language of every input (ISO 639-1, e.g. fr), instead of detecting it per document.",
    };

    public static Option<int> MaxSize() => new("--max-size")
    {
        Description = "Skip (with a reason) any single article, page, JSONL line or WARC record larger than this many MB.",
        DefaultValueFactory = _ => (int)(ReaderOptions.DefaultMaxDocumentBytes / (1024 * 1024)),
    };

    /// <summary>Reader limits from <c>--max-size</c>, or null with a usage message.</summary>
    public static ReaderOptions? ReaderOptionsFor(int maxSizeMegabytes, string command, TextWriter errors)
    {
        if (maxSizeMegabytes <= 0)
        {
            errors.WriteLine($"{command}: --max-size must be a positive number of MB (got {maxSizeMegabytes}).");
            return null;
        }

        return new ReaderOptions { MaxDocumentBytes = maxSizeMegabytes * 1024L * 1024 };
    }

    public static Option<string?> By() => new("--by")
    {
        Description = "Who takes the decision (default: $USER, else the account running Pacta).",
    };

    /// <summary>The analyst's name: --by, else $USER, else the account running Pacta (a decision always says who
    /// took it).</summary>
    public static string ResolveAnalyst(string? option) =>
        option is { Length: > 0 } ? option
        : Environment.GetEnvironmentVariable("USER") is { Length: > 0 } user ? user
        : Environment.UserName is { Length: > 0 } account ? account
        : "unknown";

    public static string ResolveDatabase(string? option) =>
        option ?? (Environment.GetEnvironmentVariable("PACTA_DB") is { Length: > 0 } fromEnvironment ? fromEnvironment : "pacta.db");
}
