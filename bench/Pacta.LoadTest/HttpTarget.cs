using System.Globalization;

namespace Pacta.LoadTest;

/// <summary>
/// GET requests against a Pacta web server on this machine, for when `pacta serve` exists: the paths given (default:
/// the agreement listings the UI uses) in a fixed rotation; a non-2xx answer is an error. Only loopback addresses are
/// accepted, so the tool cannot be pointed at someone else's server.
/// </summary>
public sealed class HttpTarget : ILoadTarget
{
    private readonly HttpClient _client;
    private readonly IReadOnlyList<string> _paths;

    public HttpTarget(Uri baseUrl, IReadOnlyList<string> paths, int connections)
    {
        if (!baseUrl.IsLoopback)
        {
            throw new ArgumentException($"'{baseUrl}' is not on this machine: the load test only targets 127.0.0.1, ::1 or localhost.", nameof(baseUrl));
        }

        _paths = paths.Count > 0 ? paths : DefaultPaths;
        _client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = connections, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            BaseAddress = baseUrl,
            Timeout = TimeSpan.FromSeconds(10),
        };
        Description = $"HTTP GET {baseUrl} ({_paths.Count} paths)";
    }

    /// <summary>Paths with <c>{code}</c>, <c>{offset}</c> and <c>{year}</c> filled in per request.</summary>
    public static IReadOnlyList<string> DefaultPaths { get; } =
    [
        "/api/agreements?limit=50",
        "/api/agreements?country={code}&limit=50",
        "/api/agreements?limit=50&offset={offset}",
        "/api/agreements?status=signed&since={year}-01-01&limit=50",
    ];

    public string Description { get; }

    public async Task<bool> SendAsync(int index, CancellationToken cancellationToken)
    {
        var path = _paths[index % _paths.Count]
            .Replace("{code}", SyntheticAgreements.Codes[index / _paths.Count % SyntheticAgreements.CodeCount], StringComparison.Ordinal)
            .Replace("{offset}", (index / _paths.Count % 100 * 50).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{year}", (1990 + (index / _paths.Count % 30)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        using var response = await _client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
