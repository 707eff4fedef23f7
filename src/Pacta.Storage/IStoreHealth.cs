namespace Pacta.Storage;

/// <summary>
/// A cheap liveness probe for health and readiness endpoints. Kept out of <see cref="IAgreementStore"/> so existing
/// implementations (and test doubles) need not change; callers use <see cref="StoreHealthExtensions.PingAsync"/>,
/// which works on any store.
/// </summary>
public interface IStoreHealth
{
    /// <summary>True when the database answers a trivial query; false (not an exception) when it does not.</summary>
    Task<bool> PingAsync(CancellationToken cancellationToken = default);
}
