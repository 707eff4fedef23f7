using System.CommandLine;
using Pacta.Cli.Commands.Review;
using Pacta.Storage.Review;

namespace Pacta.Cli.Commands;

/// <summary>`pacta review …`: analysts' decisions, stored apart from machine output and re-applied on every rebuild.</summary>
public sealed class ReviewCommand : Command
{
    public ReviewCommand()
        : base("review", "Review agreements: list the queue, confirm, reject, edit, merge or split. Every decision records who (--by, default $USER) and when, and survives new reports and `pacta reprocess`.")
    {
        Subcommands.Add(new ReviewListCommand());
        Subcommands.Add(new ReviewVerdictCommand(ReviewAction.Confirm));
        Subcommands.Add(new ReviewVerdictCommand(ReviewAction.Reject));
        Subcommands.Add(new ReviewEditCommand());
        Subcommands.Add(new ReviewMergeCommand());
        Subcommands.Add(new ReviewSplitCommand());
    }
}
