using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>Filters for <see cref="IAgreementStore.ListAgreementsAsync"/>; a null filter matches everything.</summary>
public sealed record AgreementQuery
{
    public static readonly AgreementQuery All = new();

    /// <summary>Agreements this state or organisation is a party to.</summary>
    public PartyCode? Country { get; init; }

    public AgreementStatus? Status { get; init; }

    /// <summary>Agreements whose date can fall on or after this day: "2023-12" matches a since of 2023-12-10, and
    /// undated agreements never match.</summary>
    public DateOnly? Since { get; init; }

    /// <summary>Also list agreements an analyst rejected (left out by default).</summary>
    public bool IncludeRejected { get; init; }

    /// <summary>Only agreements no analyst has reviewed, lowest confidence first (the review queue).</summary>
    public bool ForReview { get; init; }

    /// <summary>At most this many agreements; null for all.</summary>
    public int? Limit { get; init; }

    /// <summary>Skip this many agreements of the listing order first (paging: with <see cref="Limit"/> as the page
    /// size); null or 0 skips none.</summary>
    public int? Offset { get; init; }
}
