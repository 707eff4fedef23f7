using System.CommandLine;
using Pacta.Storage.Review;

namespace Pacta.Cli.Commands.Review;

/// <summary>`pacta review confirm ID` and `pacta review reject ID`: a verdict on a whole agreement.</summary>
public sealed class ReviewVerdictCommand : Command
{
    public ReviewVerdictCommand(ReviewAction verdict)
        : base(
            verdict == ReviewAction.Confirm ? "confirm" : "reject",
            verdict == ReviewAction.Confirm
                ? "Confirm an agreement: it leaves the review queue."
                : "Reject an agreement: it is hidden from listings and stays rejected through new reports and `pacta reprocess`.")
    {
        if (verdict is not (ReviewAction.Confirm or ReviewAction.Reject))
        {
            throw new ArgumentOutOfRangeException(nameof(verdict), "A verdict is confirm or reject.");
        }

        Verdict = verdict;
        Arguments.Add(Id);
        Options.Add(Database);
        Options.Add(By);
        SetAction(parseResult => Run(Verdict, parseResult.GetValue(Id)!, parseResult.GetValue(Database), parseResult.GetValue(By), TimeProvider.System, Console.Out, Console.Error));
    }

    internal ReviewAction Verdict { get; }

    internal Argument<string> Id { get; } = new("ID") { Description = "The agreement id." };

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<string?> By { get; } = CommonOptions.By();

    internal static int Run(ReviewAction verdict, string id, string? database, string? by, TimeProvider clock, TextWriter output, TextWriter errors) =>
        ReviewRecorder.Record(database, [new ReviewDecision(verdict, id, CommonOptions.ResolveAnalyst(by), clock.GetUtcNow())], output, errors);
}
