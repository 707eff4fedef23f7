using Pacta.Core.Model;
using Pacta.Storage;

namespace Pacta.LoadTest;

/// <summary>
/// The queries a listing UI makes, straight on the store (until `pacta serve` is on this branch): the latest page,
/// a country's page, a deep page, a status-and-since page, and one agreement by id, in a fixed rotation. One store
/// instance serves all concurrent requests, as it would in a server (PostgreSQL: a connection pool; SQLite: one
/// connection, one query at a time).
/// </summary>
public sealed class StoreTarget(IAgreementStore store, string location, IReadOnlyList<string> ids, int pageSize) : ILoadTarget
{
    public string Description => $"store {location} (ListAgreementsAsync/GetAgreementAsync, pages of {pageSize})";

    public static async Task<StoreTarget> OpenAsync(string location, int pageSize, CancellationToken cancellationToken)
    {
        var store = AgreementStoreFactory.Open(location, new StoreOptions { CreateIfMissing = false });
        var ids = (await store.ListAgreementsAsync(new AgreementQuery { Limit = 1000, Offset = 500 }, cancellationToken).ConfigureAwait(false))
            .Select(a => a.Id).ToList();
        return new StoreTarget(store, AgreementStoreFactory.Describe(location), ids, pageSize);
    }

    public async Task<bool> SendAsync(int index, CancellationToken cancellationToken)
    {
        switch (index % 5)
        {
            case 0:
                return (await store.ListAgreementsAsync(new AgreementQuery { Limit = pageSize }, cancellationToken).ConfigureAwait(false)).Count > 0;
            case 1:
                var country = new PartyCode(SyntheticAgreements.Codes[index / 5 % SyntheticAgreements.CodeCount]);
                await store.ListAgreementsAsync(new AgreementQuery { Country = country, Limit = pageSize }, cancellationToken).ConfigureAwait(false);
                return true;
            case 2:
                var offset = index / 5 % 100 * pageSize;
                await store.ListAgreementsAsync(new AgreementQuery { Limit = pageSize, Offset = offset }, cancellationToken).ConfigureAwait(false);
                return true;
            case 3:
                var since = new DateOnly(1990 + (index / 5 % 30), 1, 1);
                await store.ListAgreementsAsync(new AgreementQuery { Status = AgreementStatus.Signed, Since = since, Limit = pageSize }, cancellationToken).ConfigureAwait(false);
                return true;
            default:
                return ids.Count == 0 || await store.GetAgreementAsync(ids[index / 5 % ids.Count], cancellationToken).ConfigureAwait(false) is not null;
        }
    }

    public ValueTask DisposeAsync() => store.DisposeAsync();
}
