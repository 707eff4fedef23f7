namespace Pacta.Storage;

/// <summary>What recording an analyst's decision did: applied, or refused with the reason (an unknown id, a mention
/// of another agreement…), in which case nothing was stored.</summary>
public sealed record ReviewOutcome(string? Problem)
{
    public static readonly ReviewOutcome Applied = new((string?)null);

    public bool IsApplied => Problem is null;
}
