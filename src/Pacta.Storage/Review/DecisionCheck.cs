namespace Pacta.Storage.Review;

/// <summary>Whether a decision can be recorded, given the agreements it names as they are now. Shared by every
/// provider, so all refuse the same decisions with the same reasons.</summary>
public static class DecisionCheck
{
    /// <summary>Null when the decision can be recorded, else why not.</summary>
    public static string? Problem(ReviewDecision decision, StoredAgreement? target, StoredAgreement? other)
    {
        if (string.IsNullOrWhiteSpace(decision.By))
        {
            return "a decision needs the name of who took it";
        }

        if (target is null)
        {
            return $"no agreement has the id '{decision.AgreementId}'";
        }

        return decision.Action switch
        {
            ReviewAction.Edit when decision.Field is null => "an edit needs a field",
            ReviewAction.Edit => EditableField.Check(decision.Field, decision.Value ?? ""),
            ReviewAction.Merge when other is null => $"no agreement has the id '{decision.OtherId}'",
            ReviewAction.Merge when other.Id == target.Id => "an agreement cannot be merged with itself",
            ReviewAction.Merge when other.PartyKey != target.PartyKey =>
                $"'{target.Id}' ({target.PartyKey}) and '{other.Id}' ({other.PartyKey}) have different parties; only agreements between the same parties can be merged",
            ReviewAction.Split when target.Mentions.All(m => m.Key != decision.MentionKey) =>
                $"'{decision.MentionKey}' is not a mention of '{target.Id}' (its mentions: {string.Join(", ", target.Mentions.Select(m => m.Key))})",
            ReviewAction.Split when target.Mentions.Count < 2 => $"'{target.Id}' has only one mention: there is nothing to split it from",
            _ => null,
        };
    }
}
