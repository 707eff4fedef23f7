namespace Pacta.Storage;

/// <summary>
/// The free-text filter of <see cref="AgreementQuery.Text"/>: every word of the query must occur (ignoring case) in
/// the id, a party code, the place, a signatory, a source title or an evidence sentence. Plain substring matching, so
/// no character of the query has a meaning. It runs on the agreements the structured filters let through, in .NET
/// rather than SQL, because evidence is stored inside each mention's JSON (escaped) and SQLite's LIKE folds the case
/// of ASCII letters only.
/// </summary>
internal static class AgreementText
{
    public static bool Matches(StoredAgreement stored, string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var haystack = Fields(stored).ToArray();
        return words.All(word => haystack.Any(field => field.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>The page of <paramref name="query"/>: from <paramref name="list"/> directly when there is no text;
    /// otherwise every agreement the other filters match, filtered by the text and paged here.</summary>
    public static async Task<IReadOnlyList<StoredAgreement>> ListAsync(
        AgreementQuery query, Func<AgreementQuery, Task<IReadOnlyList<StoredAgreement>>> list)
    {
        if (query.Text is not { } text)
        {
            return await list(query).ConfigureAwait(false);
        }

        var candidates = await list(query with { Text = null, Limit = null, Offset = null, IncludeMentions = true }).ConfigureAwait(false);
        var page = candidates.Where(a => Matches(a, text)).Skip(query.Offset ?? 0).Take(query.Limit ?? int.MaxValue);
        return (query.IncludeMentions ? page : page.Select(WithoutMentions)).ToList();
    }

    /// <summary>How many agreements match <paramref name="query"/> (at most <paramref name="atMost"/>): counted by
    /// <paramref name="count"/> when there is no text, else by reading the candidates.</summary>
    public static async Task<int> CountAsync(
        AgreementQuery query, int? atMost, Func<AgreementQuery, Task<int>> count, Func<AgreementQuery, Task<IReadOnlyList<StoredAgreement>>> list)
    {
        var unpaged = query with { Limit = null, Offset = null };
        var counted = query.Text is null
            ? await count(unpaged).ConfigureAwait(false)
            : (await ListAsync(unpaged, list).ConfigureAwait(false)).Count;
        return atMost is { } most ? Math.Min(counted, most) : counted;
    }

    /// <summary>The agreement as a listing without mentions reads it.</summary>
    private static StoredAgreement WithoutMentions(StoredAgreement stored) => stored with
    {
        Agreement = stored.Agreement with { Evidence = [] },
        Mentions = [],
        History = stored.History.Select(step => step with { MentionKeys = [] }).ToList(),
    };

    private static IEnumerable<string> Fields(StoredAgreement stored)
    {
        var a = stored.Agreement;
        yield return a.Id;
        foreach (var party in a.Parties)
        {
            yield return party.Value;
        }

        if (a.Place is not null)
        {
            yield return a.Place;
        }

        foreach (var signatory in a.Signatories)
        {
            yield return signatory;
        }

        foreach (var source in stored.SourceDocuments)
        {
            if (source.Title is not null)
            {
                yield return source.Title;
            }
        }

        foreach (var evidence in a.Evidence)
        {
            yield return evidence.Quote;
        }
    }
}
