namespace Pacta.Ingest.Feeds;

/// <summary>How politely <see cref="PoliteFetcher"/> fetches: who it says it is, how long it waits between two
/// requests to one host, how long one attempt may take, and how often it retries a transient failure.</summary>
public sealed record FetchOptions
{
    public string UserAgent { get; init; } = "Pacta/1.0 (defense-agreement research reader; +https://github.com/pacta/pacta)";

    /// <summary>Time between two requests to the same host (retries included).</summary>
    public TimeSpan PerHostDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>Time one attempt may take before it is abandoned (and retried).</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt, on network errors, timeouts, 429 and 5xx.</summary>
    public int Retries { get; init; } = 3;

    /// <summary>First retry delay; doubles each time, with jitter.</summary>
    public TimeSpan RetryDelay { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>A response body larger than this is refused (a feed or a page, never an archive).</summary>
    public long MaxBytes { get; init; } = 16L * 1024 * 1024;
}
