namespace Pacta.Web.Queries;

/// <summary>
/// The query string of <c>GET /api/agreements</c>, bound as plain strings so that every malformed value gets a clear
/// 400 from <see cref="AgreementFilterParser"/> rather than a binder's message.
/// </summary>
public sealed class AgreementListRequest
{
    /// <summary>A party to the agreement: ISO 3166-1 alpha-3 code or organisation code (NATO, EU…).</summary>
    public string? Country { get; init; }

    /// <summary>Another party to the agreement (with <c>country</c>: the pair).</summary>
    public string? Partner { get; init; }

    /// <summary>planned, signed, ratified, in_force or terminated.</summary>
    public string? Status { get; init; }

    /// <summary>agreement, memorandum, plan, protocol, treaty…</summary>
    public string? Kind { get; init; }

    /// <summary>defense or security.</summary>
    public string? Domain { get; init; }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD: agreements whose date can fall on or after it (undated ones never match).</summary>
    public string? Since { get; init; }

    /// <summary>YYYY, YYYY-MM or YYYY-MM-DD: agreements whose date can fall on or before it.</summary>
    public string? Until { get; init; }

    /// <summary>Words looked for in the id, parties, place, signatories, source titles and evidence (case-insensitive).</summary>
    public string? Q { get; init; }

    /// <summary>date, confidence, sources, parties, status or id; a leading '-' sorts descending. Default: latest first.</summary>
    public string? Sort { get; init; }

    /// <summary>1-based page number (default 1).</summary>
    public string? Page { get; init; }

    /// <summary>Agreements per page, 1 to 200 (default 50).</summary>
    public string? PageSize { get; init; }

    /// <summary>true to count every match; by default the total is exact up to 1,000 agreements past the page's first
    /// and reported as "at least" beyond (counting 100,000 matches costs more than the page).</summary>
    public string? ExactTotal { get; init; }
}
