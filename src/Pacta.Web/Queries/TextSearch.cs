using Pacta.Storage;

namespace Pacta.Web.Queries;

/// <summary>The free-text filter: every word of the query must occur (ignoring case) in the id, a party code, the
/// place, a signatory, a source title or an evidence sentence. Plain substring matching, so no character of the query
/// has a meaning.</summary>
public static class TextSearch
{
    public static bool Matches(StoredAgreement stored, string query)
    {
        var words = query.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var haystack = Fields(stored).ToArray();
        return words.All(word => haystack.Any(field => field.Contains(word, StringComparison.OrdinalIgnoreCase)));
    }

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
