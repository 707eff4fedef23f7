using System.Data.Common;

namespace Pacta.Storage;

public static class StoreHealthExtensions
{
    /// <summary>Whether the store's database answers: the provider's own probe when it has one, else a count.</summary>
    public static async Task<bool> PingAsync(this IAgreementStore store, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (store is IStoreHealth health)
        {
            return await health.PingAsync(cancellationToken).ConfigureAwait(false);
        }

        try
        {
            await store.CountsAsync(cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (DbException)
        {
            return false;
        }
    }
}
