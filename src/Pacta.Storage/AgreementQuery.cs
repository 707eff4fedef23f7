using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>Filters, order and page for <see cref="IAgreementStore.ListAgreementsAsync"/> and
/// <see cref="IAgreementStore.CountAgreementsAsync"/>; a null filter matches everything. Every filter is answered
/// by the database, so a page costs the same however many agreements are stored (the free text is matched on the
/// text the database gives for each agreement the other filters let through).</summary>
public sealed record AgreementQuery
{
    public static readonly AgreementQuery All = new();

    /// <summary>How far past a page's first agreement a listing's total is worth counting exactly: enough to page on,
    /// and a count of 1,000 rows costs about what the page does, where counting 100,000 would cost a hundred pages.</summary>
    public const int CountLookahead = 1000;

    /// <summary>Agreements this state or organisation is a party to.</summary>
    public PartyCode? Country { get; init; }

    /// <summary>Agreements this state or organisation is also a party to (with <see cref="Country"/>: the dyad).</summary>
    public PartyCode? Partner { get; init; }

    public AgreementStatus? Status { get; init; }

    public AgreementKind? Kind { get; init; }

    public AgreementDomain? Domain { get; init; }

    /// <summary>Agreements whose date can fall on or after this day: "2023-12" matches a since of 2023-12-10, and
    /// undated agreements never match.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Agreements whose date can fall on or before this day; undated agreements never match.</summary>
    public DateOnly? Until { get; init; }

    /// <summary>Free text: every word (split at white space) must occur, ignoring case, in the id, a party code, the
    /// place, a signatory, a source title or an evidence sentence. No character has a meaning.</summary>
    public string? Text { get; init; }

    /// <summary>Also list agreements an analyst rejected (left out by default).</summary>
    public bool IncludeRejected { get; init; }

    /// <summary>Only agreements no analyst has reviewed, lowest confidence first (the review queue; the order is
    /// then ignored).</summary>
    public bool ForReview { get; init; }

    /// <summary>False leaves out each agreement's mentions and evidence (and the mention keys of its steps): listing
    /// pages show neither, and reading them is most of a page's cost. <see cref="Text"/> still searches the evidence.</summary>
    public bool IncludeMentions { get; init; } = true;

    /// <summary>The order of the listing (default: latest first).</summary>
    public AgreementOrder Order { get; init; } = AgreementOrder.LatestFirst;

    /// <summary>Only these agreements (a free-text search reads its page by id).</summary>
    internal IReadOnlyList<string>? Ids { get; init; }

    /// <summary>At most this many agreements; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>Skip this many agreements of the listing order first (paging: with <see cref="Limit"/> as the page
    /// size); null or 0 skips none.</summary>
    public int? Offset { get; init; }
}
