using System.Globalization;
using Pacta.Core.Model;
using Pacta.Storage;

namespace Pacta.Web.Queries;

/// <summary>
/// Checks a listing request. Values are only ever compared with known vocabularies or used as plain text, never
/// pasted into SQL or HTML; a malformed one is named in the errors (a 400), with the allowed forms.
/// </summary>
public static class AgreementFilterParser
{
    public const int MaxPageSize = 200;
    public const int DefaultPageSize = 50;
    public const int MaxTextLength = 200;


    /// <summary>The filter, or null with the errors by parameter name.</summary>
    public static AgreementFilter? Parse(AgreementListRequest request, out Dictionary<string, string[]> errors)
    {
        var problems = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Fail(string name, string message) => problems[name] = [message];

        var country = Party(request.Country, "country", Fail);
        var partner = Party(request.Partner, "partner", Fail);

        var status = Term<AgreementStatus>(request.Status?.ToLowerInvariant(), "status", Vocabulary.TryParseStatus, Vocabulary.ToGold, Fail);
        var kind = Term<AgreementKind>(request.Kind, "kind", Vocabulary.TryParseKind, Vocabulary.ToGold, Fail);
        var domain = Term<AgreementDomain>(request.Domain, "domain", Vocabulary.TryParseDomain, Vocabulary.ToGold, Fail);

        var since = Date(request.Since, "since", Fail)?.Start;
        var until = Date(request.Until, "until", Fail)?.End;

        var text = Present(request.Q);
        if (text is { Length: > MaxTextLength })
        {
            Fail("q", $"must be at most {MaxTextLength} characters");
        }

        var order = AgreementOrder.LatestFirst;
        if (Present(request.Sort) is { } sortText)
        {
            if (AgreementOrder.Parse(sortText) is { } parsed)
            {
                order = parsed;
            }
            else
            {
                Fail("sort", $"must be one of {Names(AgreementOrder.Names)}, optionally with a leading '-'");
            }
        }

        var page = Number(request.Page, "page", 1, int.MaxValue / MaxPageSize, 1, Fail);
        var pageSize = Number(request.PageSize, "pageSize", 1, MaxPageSize, DefaultPageSize, Fail);
        var exactTotal = false;
        if (Present(request.ExactTotal) is { } exactText && !bool.TryParse(exactText, out exactTotal))
        {
            Fail("exactTotal", "must be true or false");
        }

        errors = problems;
        if (problems.Count > 0)
        {
            return null;
        }

        var query = new AgreementQuery
        {
            Country = country,
            Partner = partner,
            Status = status,
            Kind = kind,
            Domain = domain,
            Since = since,
            Until = until,
            Text = text,
            Order = order,
            IncludeMentions = false,
            Limit = pageSize,
            Offset = (page - 1) * pageSize,
        };
        return new AgreementFilter(query, page, pageSize, exactTotal ? null : query.Offset + AgreementQuery.CountLookahead);
    }

    /// <summary>A party code from user input (case ignored), or null when absent or invalid (then reported).</summary>
    public static PartyCode? Party(string? text, string name, Action<string, string> fail)
    {
        if (Present(text) is not { } value)
        {
            return null;
        }

        var upper = value.ToUpperInvariant();
        if (PartyCode.IsValid(upper))
        {
            return new PartyCode(upper);
        }

        fail(name, "must be an ISO 3166-1 alpha-3 code (e.g. KAZ) or an organisation code (e.g. NATO)");
        return null;
    }

    private delegate bool TryParse<T>(string text, out T value);

    /// <summary>A word of one of the gold vocabularies, or null when absent or unknown (then reported with the
    /// allowed words).</summary>
    private static T? Term<T>(string? text, string name, TryParse<T> tryParse, Func<T, string> gold, Action<string, string> fail)
        where T : struct, Enum
    {
        if (Present(text) is not { } value)
        {
            return null;
        }

        if (tryParse(value, out var parsed))
        {
            return parsed;
        }

        fail(name, $"must be one of {Names(Enum.GetValues<T>().Select(gold))}");
        return null;
    }

    private static PartialDate? Date(string? text, string name, Action<string, string> fail)
    {
        if (Present(text) is not { } value)
        {
            return null;
        }

        if (PartialDate.TryParse(value, out var date))
        {
            return date;
        }

        fail(name, "must be YYYY, YYYY-MM or YYYY-MM-DD");
        return null;
    }

    private static int Number(string? text, string name, int min, int max, int fallback, Action<string, string> fail)
    {
        if (Present(text) is not { } value)
        {
            return fallback;
        }

        if (int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= min && number <= max)
        {
            return number;
        }

        fail(name, $"must be a whole number from {min} to {max}");
        return fallback;
    }

    private static string? Present(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Names(IEnumerable<string> names) => string.Join(", ", names);
}
