using System.CommandLine;
using Pacta.Storage.Review;

namespace Pacta.Cli.Commands.Review;

/// <summary>`pacta review split ID --mention M`: the mention M (a key shown by `pacta show ID`) is not this
/// instrument and becomes an agreement of its own.</summary>
public sealed class ReviewSplitCommand : Command
{
    public ReviewSplitCommand()
        : base("split", "Take one mention (its key, from `pacta show ID`) out of an agreement into an agreement of its own; the split stays through `pacta reprocess`.")
    {
        Arguments.Add(Id);
        Options.Add(Mention);
        Options.Add(Database);
        Options.Add(By);
        SetAction(parseResult => Run(parseResult.GetValue(Id)!, parseResult.GetValue(Mention)!, parseResult.GetValue(Database), parseResult.GetValue(By), TimeProvider.System, Console.Out, Console.Error));
    }

    internal Argument<string> Id { get; } = new("ID") { Description = "The agreement to split." };

    internal Option<string> Mention { get; } = new("--mention", "-m") { Description = "The key of the mention to take out (m-…).", Required = true };

    internal Option<string?> Database { get; } = CommonOptions.Database();

    internal Option<string?> By { get; } = CommonOptions.By();

    internal static int Run(string id, string mention, string? database, string? by, TimeProvider clock, TextWriter output, TextWriter errors) =>
        ReviewRecorder.Record(database, [new ReviewDecision(ReviewAction.Split, id, CommonOptions.ResolveAnalyst(by), clock.GetUtcNow(), MentionKey: mention)], output, errors);
}
