using System.Net;
using System.Net.Http.Headers;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Pacta.Ingest.Feeds;

/// <summary>
/// HTTP GET as a well-behaved crawler: a User-Agent that says who we are, conditional requests (ETag and
/// Last-Modified, so an unchanged feed costs a 304), a minimum delay per host, a timeout per attempt, and retries
/// with exponential backoff and jitter on network errors, timeouts, 429 and 5xx (Polly). Failures are values.
/// </summary>
public sealed class PoliteFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly ResiliencePipeline<HttpResponseMessage> _resilience;

    public PoliteFetcher(FetchOptions options, TimeProvider clock, HttpMessageHandler? handler = null)
    {
        _options = options;
        _client = new HttpClient(new HostThrottle(options.PerHostDelay, clock, handler ?? new SocketsHttpHandler()));
        _client.Timeout = Timeout.InfiniteTimeSpan; // Polly's per-attempt timeout rules instead.
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = clock };
        if (options.Retries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = options.Retries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.RetryDelay,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => r.StatusCode == HttpStatusCode.TooManyRequests || (int)r.StatusCode >= 500),
                OnRetry = args =>
                {
                    args.Outcome.Result?.Dispose();
                    return default;
                },
            });
        }

        _resilience = builder.AddTimeout(options.Timeout).Build();
    }

    /// <summary>GETs <paramref name="uri"/>; with <paramref name="etag"/> or <paramref name="lastModified"/> from a
    /// previous fetch, an unchanged resource gives <see cref="FetchResponse.Unchanged"/>.</summary>
    public async Task<FetchResponse> GetAsync(Uri uri, string? etag = null, string? lastModified = null, CancellationToken cancellation = default)
    {
        try
        {
            using var response = await _resilience.ExecuteAsync(
                async token =>
                {
                    using var request = new HttpRequestMessage(HttpMethod.Get, uri);
                    if (etag is not null && EntityTagHeaderValue.TryParse(etag, out var tag))
                    {
                        request.Headers.IfNoneMatch.Add(tag);
                    }

                    if (lastModified is not null && DateTimeOffset.TryParse(lastModified, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var since))
                    {
                        request.Headers.IfModifiedSince = since;
                    }

                    return await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, token).ConfigureAwait(false);
                },
                cancellation).ConfigureAwait(false);
            return await ReadAsync(response, cancellation).ConfigureAwait(false);
        }
        catch (Exception e) when (e is HttpRequestException or TimeoutRejectedException or IOException)
        {
            return FetchResponse.Failed($"GET {uri} failed after {_options.Retries + 1} attempt(s): {e.Message}");
        }
    }

    public void Dispose() => _client.Dispose();

    private async Task<FetchResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellation)
    {
        if (response.StatusCode == HttpStatusCode.NotModified)
        {
            return FetchResponse.Unchanged;
        }

        if (!response.IsSuccessStatusCode)
        {
            return FetchResponse.Failed($"GET {response.RequestMessage?.RequestUri} answered {(int)response.StatusCode} {response.ReasonPhrase}");
        }

        if (response.Content.Headers.ContentLength > _options.MaxBytes)
        {
            return FetchResponse.Failed($"GET {response.RequestMessage?.RequestUri}: {response.Content.Headers.ContentLength:N0} bytes is over the {_options.MaxBytes:N0}-byte limit");
        }

        await using var body = await response.Content.ReadAsStreamAsync(cancellation).ConfigureAwait(false);
        var bytes = Readers.InputFile.ReadAtMost(body, _options.MaxBytes);
        if (bytes.Length > _options.MaxBytes)
        {
            return FetchResponse.Failed($"GET {response.RequestMessage?.RequestUri}: body over the {_options.MaxBytes:N0}-byte limit");
        }

        return new FetchResponse(
            bytes,
            response.Content.Headers.ContentType?.ToString(),
            response.Headers.ETag?.ToString(),
            response.Content.Headers.LastModified?.ToString("R"),
            false,
            null);
    }
}
