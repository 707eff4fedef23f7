namespace Pacta.Storage.Review;

/// <summary>What an analyst decided about an agreement.</summary>
public enum ReviewAction
{
    Confirm,
    Reject,
    Edit,

    /// <summary>The other agreement is the same instrument: its mentions join this one, which keeps its id.</summary>
    Merge,

    /// <summary>One mention is not this instrument: it becomes an agreement of its own.</summary>
    Split,
}
