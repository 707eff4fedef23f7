using Pacta.Storage;
using Pacta.Storage.Review;

namespace Pacta.Cli.Commands.Review;

/// <summary>Records decisions for the review verbs and reports each: what was done, by whom and when, or why the
/// store refused it (nothing is stored then).</summary>
internal static class ReviewRecorder
{
    public static int Record(string? database, IReadOnlyList<ReviewDecision> decisions, TextWriter output, TextWriter errors) =>
        StoreAccess.Use(database, create: false, "review", errors, store =>
        {
            foreach (var decision in decisions)
            {
                var outcome = store.ReviewAsync(decision).GetAwaiter().GetResult();
                if (!outcome.IsApplied)
                {
                    errors.WriteLine($"review {decision.Action.ToString().ToLowerInvariant()}: {outcome.Problem}");
                    return ExitCodes.UsageError;
                }

                output.WriteLine($"{Describe(decision)} by {decision.By} at {decision.At:yyyy-MM-dd'T'HH:mm:ss'Z'}");
            }

            return ExitCodes.Success;
        });

    private static string Describe(ReviewDecision d) => d.Action switch
    {
        ReviewAction.Confirm => $"confirmed {d.AgreementId}",
        ReviewAction.Reject => $"rejected {d.AgreementId}",
        ReviewAction.Edit => $"set {d.Field} of {d.AgreementId} to '{d.Value}'",
        ReviewAction.Merge => $"merged {d.OtherId} into {d.AgreementId}",
        ReviewAction.Split => $"split {d.MentionKey} out of {d.AgreementId}",
        _ => d.Action.ToString(),
    };
}
