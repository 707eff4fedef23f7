namespace Pacta.LoadTest;

/// <summary>What the load generator fires requests at: the store directly, or the web API over HTTP.</summary>
public interface ILoadTarget : IAsyncDisposable
{
    /// <summary>What the report calls this target.</summary>
    string Description { get; }

    /// <summary>Sends request number <paramref name="index"/> of the fixed, deterministic mix; throws (or returns
    /// false) when it fails.</summary>
    Task<bool> SendAsync(int index, CancellationToken cancellationToken);
}
