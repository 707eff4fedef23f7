using Pacta.Core.Model;
using Pacta.Storage;

namespace Pacta.LoadTest;

/// <summary>
/// The queries the listing API makes, straight on the store, to tell the database's share of a request from the web
/// server's: the latest page, a country's page, a page further on, a status-and-since page (each a page and a count of
/// all matches, as GET /api/agreements answers), and one agreement by id, in a fixed rotation. One store instance
/// serves all concurrent requests, as in the server (PostgreSQL: a connection pool; SQLite: one connection, one query
/// at a time).
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
        var round = index / 5;
        switch (index % 5)
        {
            case 0:
                return await PageAsync(new AgreementQuery { Limit = pageSize }, cancellationToken).ConfigureAwait(false) > 0;
            case 1:
                var country = new PartyCode(SyntheticAgreements.Codes[round % SyntheticAgreements.CodeCount]);
                return await PageAsync(new AgreementQuery { Country = country, Limit = pageSize }, cancellationToken).ConfigureAwait(false) >= 0;
            case 2:
                return await PageAsync(new AgreementQuery { Limit = pageSize, Offset = round % 100 * pageSize }, cancellationToken).ConfigureAwait(false) >= 0;
            case 3:
                var since = SyntheticAgreements.Since(round);
                return await PageAsync(new AgreementQuery { Status = AgreementStatus.Signed, Since = since, Limit = pageSize }, cancellationToken).ConfigureAwait(false) >= 0;
            default:
                return ids.Count == 0 || await store.GetAgreementAsync(ids[round % ids.Count], cancellationToken).ConfigureAwait(false) is not null;
        }
    }

    /// <summary>A page and the count of every match, as the listing API asks; the number of matches.</summary>
    private async Task<int> PageAsync(AgreementQuery query, CancellationToken cancellationToken)
    {
        await store.ListAgreementsAsync(query with { IncludeMentions = false }, cancellationToken).ConfigureAwait(false);
        // As the API counts: exactly up to a lookahead past the page's first agreement.
        return await store.CountAgreementsAsync(query with { Limit = null, Offset = null }, (query.Offset ?? 0) + AgreementQuery.CountLookahead, cancellationToken).ConfigureAwait(false);
    }

    public ValueTask DisposeAsync() => store.DisposeAsync();
}
