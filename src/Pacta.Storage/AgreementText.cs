namespace Pacta.Storage;

/// <summary>
/// The free-text filter of <see cref="AgreementQuery.Text"/>: every word of the query must occur (ignoring case) in
/// the id, a party code, the place, a signatory, a source title or an evidence sentence. Plain substring matching, so
/// no character of the query has a meaning. The database gives each agreement the other filters let through as one
/// text (those fields, a line each, evidence decoded from the mentions' JSON), in the listing's order; the words are
/// matched here, because SQLite folds the case of ASCII letters only and PostgreSQL's folding depends on the server's
/// locale; then only the page's agreements are read whole.
/// </summary>
internal static class AgreementText
{
    /// <summary>Reads one agreement's searchable fields per row: its id and the fields joined by line breaks.</summary>
    public delegate IAsyncEnumerable<(string Id, string Text)> CandidateReader(AgreementQuery query);

    /// <summary>The page of <paramref name="query"/>: from <paramref name="list"/> directly when there is no text;
    /// otherwise the page of the agreements whose text matches, read by id.</summary>
    public static async Task<IReadOnlyList<StoredAgreement>> ListAsync(
        AgreementQuery query, Func<AgreementQuery, Task<IReadOnlyList<StoredAgreement>>> list, CandidateReader candidates)
    {
        if (query.Text is null)
        {
            return await list(query).ConfigureAwait(false);
        }

        var matching = await MatchingIdsAsync(query, candidates, (query.Offset ?? 0) + query.Limit).ConfigureAwait(false);
        var page = matching.Skip(query.Offset ?? 0).Take(query.Limit ?? int.MaxValue).ToList();
        return page.Count == 0 ? [] : await list(query with { Text = null, Limit = null, Offset = null, Ids = page }).ConfigureAwait(false);
    }

    /// <summary>How many agreements match <paramref name="query"/> (at most <paramref name="atMost"/>): counted by
    /// <paramref name="count"/> when there is no text, else among the candidates.</summary>
    public static async Task<int> CountAsync(AgreementQuery query, int? atMost, Func<AgreementQuery, Task<int>> count, CandidateReader candidates)
    {
        var unpaged = query with { Limit = null, Offset = null };
        var counted = query.Text is null
            ? await count(unpaged).ConfigureAwait(false)
            : (await MatchingIdsAsync(unpaged, candidates, atMost).ConfigureAwait(false)).Count;
        return atMost is { } most ? Math.Min(counted, most) : counted;
    }

    /// <summary>Whether every one of <paramref name="words"/> occurs in <paramref name="text"/>. Words are split at
    /// white space, so none can span the line breaks between fields: matching the joined text is matching each field.</summary>
    private static bool Matches(string text, string[] words) =>
        words.All(word => text.Contains(word, StringComparison.OrdinalIgnoreCase));

    /// <summary>The ids of the matching agreements in listing order, reading candidates only until
    /// <paramref name="enough"/> have matched (a page, or a capped count, rarely needs the whole table).</summary>
    private static async Task<List<string>> MatchingIdsAsync(AgreementQuery query, CandidateReader candidates, int? enough)
    {
        // Split once: a search may read every stored agreement.
        var words = query.Text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var ids = new List<string>();
        await foreach (var (id, searchable) in candidates(query with { Text = null, Limit = null, Offset = null }).ConfigureAwait(false))
        {
            if (Matches(searchable, words))
            {
                ids.Add(id);
                if (ids.Count >= enough)
                {
                    break;
                }
            }
        }

        return ids;
    }
}
