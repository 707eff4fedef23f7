namespace Pacta.Storage.Review;

/// <summary>The review_decisions row of a decision, written once for every provider: the INSERT and its values, with
/// the dialect's parameter prefix and its way of storing a timestamp passed in.</summary>
internal static class ReviewDecisionRow
{
    private static readonly string[] Columns = ["parties", "action", "agreement", "other", "mention", "field", "value", "by", "at"];

    /// <summary>The INSERT with parameters named <paramref name="prefix"/> + column key.</summary>
    public static string Insert(char prefix) =>
        "INSERT INTO review_decisions (parties, action, agreement_id, other_id, mention_key, field, value, decided_by, decided_at) VALUES ("
        + string.Join(", ", Columns.Select(c => prefix + c)) + ")";

    /// <summary>The values of <see cref="Insert"/> for <paramref name="decision"/> on the party set
    /// <paramref name="partyKey"/>, each named as <paramref name="name"/> names a column key.</summary>
    public static (string Name, object? Value)[] Values(ReviewDecision decision, string partyKey, object decidedAt, Func<string, string> name)
    {
        object?[] values =
        [
            partyKey, decision.Action.ToString().ToLowerInvariant(), decision.AgreementId, decision.OtherId,
            decision.MentionKey, decision.Field, decision.Value, decision.By, decidedAt,
        ];
        return Columns.Select((column, i) => (name(column), values[i])).ToArray();
    }
}
