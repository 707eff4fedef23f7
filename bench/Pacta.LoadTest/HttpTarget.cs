using System.Globalization;
using System.Text.Json;

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
    private readonly List<string> _ids = [];

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

    /// <summary>The pages the UI asks for most, with <c>{code}</c> (a seeded party), <c>{page}</c> (1 to 100) and
    /// <c>{since}</c> (a day within the seeded dates) filled in per request: the latest page, a state's page, a page
    /// further on, a status-and-since page, and one agreement's page (<c>{id}</c>, from ids listed at start).</summary>
    public static IReadOnlyList<string> DefaultPaths { get; } =
    [
        "/api/agreements?pageSize=50",
        "/api/agreements?country={code}&pageSize=50",
        "/api/agreements?page={page}&pageSize=50",
        "/api/agreements?status=signed&since={since}&pageSize=50",
        "/api/agreements/{id}",
    ];

    public string Description { get; }

    /// <summary>Lists up to 200 agreement ids (page 3 of the listing) for the <c>{id}</c> paths.</summary>
    public async Task LoadIdsAsync(CancellationToken cancellationToken)
    {
        if (!_paths.Any(p => p.Contains("{id}", StringComparison.Ordinal)))
        {
            return;
        }

        using var document = JsonDocument.Parse(await _client.GetStringAsync("/api/agreements?page=3&pageSize=200", cancellationToken).ConfigureAwait(false));
        _ids.AddRange(document.RootElement.GetProperty("items").EnumerateArray().Select(item => item.GetProperty("id").GetString()!));
    }

    public async Task<bool> SendAsync(int index, CancellationToken cancellationToken)
    {
        var round = index / _paths.Count;
        var path = _paths[index % _paths.Count]
            .Replace("{code}", SyntheticAgreements.Codes[round % SyntheticAgreements.CodeCount], StringComparison.Ordinal)
            .Replace("{page}", (1 + (round % 100)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{since}", SyntheticAgreements.Since(round).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{id}", _ids.Count == 0 ? "none" : Uri.EscapeDataString(_ids[round % _ids.Count]), StringComparison.Ordinal);
        using var response = await _client.GetAsync(path, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        return response.IsSuccessStatusCode;
    }

    public ValueTask DisposeAsync()
    {
        _client.Dispose();
        return ValueTask.CompletedTask;
    }
}
