namespace Pacta.Storage.Review;

/// <summary>Where an agreement stands with the analysts. An edit counts as a review (the analyst read it).</summary>
public enum ReviewState
{
    Unreviewed,
    Confirmed,
    Rejected,
}
