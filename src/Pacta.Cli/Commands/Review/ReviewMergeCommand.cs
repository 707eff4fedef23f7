using System.CommandLine;
using Pacta.Storage.Review;

namespace Pacta.Cli.Commands.Review;

/// <summary>`pacta review merge ID OTHER`: OTHER is the same instrument as ID; its mentions join ID, which keeps its id.</summary>
public sealed class ReviewMergeCommand : Command
{
    public ReviewMergeCommand()
        : base("merge", "Merge the second agreement into the first (same parties only); the first keeps its id, and the merge stays through `pacta reprocess`.")
    {
        Arguments.Add(Id);
        Arguments.Add(Other);
        Options.Add(Database);
        Options.Add(By);
        SetAction(parseResult => Run(parseResult.GetValue(Id)!, parseResult.GetValue(Other)!, parseResult.GetValue(Database), parseResult.GetValue(By), TimeProvider.System, Console.Out, Console.Error));
    }

    internal Argument<string> Id { get; } = new("ID") { Description = "The agreement that is kept." };

    internal Argument<string> Other { get; } = new("OTHER") { Description = "The agreement merged into it." };

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<string?> By { get; } = CommonOptions.By();

    internal static int Run(string id, string other, string? database, string? by, TimeProvider clock, TextWriter output, TextWriter errors) =>
        ReviewRecorder.Record(database, [new ReviewDecision(ReviewAction.Merge, id, CommonOptions.ResolveAnalyst(by), clock.GetUtcNow(), OtherId: other)], output, errors);
}
