using Pacta.Core.Languages;
using Pacta.Core.Model;
using Pacta.Core.Recognizers.Dates;
using Pacta.Core.Recognizers.Places;

namespace Pacta.Core.Extraction;

/// <summary>
/// One mention of an instrument in one sentence, before consolidation: what the clause says about it.
/// <see cref="Status"/> is null when the clause names the instrument without reporting a step ("the accord").
/// </summary>
internal sealed record Candidate(
    int Sentence,
    int AnchorWord,
    LexiconMatch<InstrumentWord> Anchor,
    IReadOnlyList<PartyCode> Parties,
    PartySource PartySource,
    AgreementStatus? Status,
    LexiconMatch<AgreementStatus>? StatusWord,
    DateMention? DateMention,
    PartialDate? Date,
    DomainClass? Domain,
    bool PartiesGuessed = false)
{
    /// <summary>The sentence denies the instrument ("denies signing a pact"): it is no mention, and reports of the
    /// same parties in the document are discounted.</summary>
    public bool Denied { get; init; }

    /// <summary>
    /// The clause names neither side and says nothing that ties it to one instrument ("The agreement was signed in
    /// Vilnius in December"): it may add an earlier step, its date, place and signers to an instrument of the pair in
    /// focus, never make one of its own.
    /// </summary>
    public bool SupportOnly { get; init; }

    /// <summary>The mention stands in the document's title, which names instruments loosely ("to sign coast guard
    /// pact" for a memorandum).</summary>
    public bool InHeadline { get; init; }

    /// <summary>An adjective marks another instrument ("the previous plan", "a separate memorandum"): not the one
    /// reported before.</summary>
    public bool IsAnother { get; init; }

    /// <summary>The day of a dated dateline, for the step a wire story's lead tells without a date ("МОСКВА, 8 июля. …
    /// приостановило действие соглашения"): the step's date when no mention of it gives one.</summary>
    public PartialDate? FiledDate { get; init; }

    /// <summary>The place told between this mention's partner and the next one ("avec l'Allemagne, signé à
    /// Aix-la-Chapelle en janvier 2019, et avec l'Italie, … signé à Rome"): where this partner's instrument was signed.</summary>
    public PlaceMention? OwnPlace { get; init; }

    public AgreementKind Kind => Anchor.Value.Kind;

    public bool IsReference => Anchor.Value.IsReference;

    public string PartyKey => string.Join('-', Parties.Select(p => p.Value).Order(StringComparer.Ordinal));
}
