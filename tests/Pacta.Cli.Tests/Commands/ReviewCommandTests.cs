using System.CommandLine;
using Pacta.Cli.Commands;
using Pacta.Cli.Commands.Review;
using Pacta.Storage.Review;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Commands;

public sealed class ReviewCommandTests
{
    [Fact]
    public void BuildRoot_Always_RegistersShowReviewAndReprocess()
    {
        var root = Program.BuildRoot();

        Assert.Contains(root.Subcommands, c => c is ShowCommand);
        Assert.Contains(root.Subcommands, c => c is ReprocessCommand);
        var review = Assert.Single(root.Subcommands.OfType<ReviewCommand>());
        Assert.Equal(["list", "confirm", "reject", "edit", "merge", "split"], review.Subcommands.Select(c => c.Name));
    }

    [Fact]
    public void Parse_EditWithFields_BindsEachField()
    {
        var edit = new ReviewEditCommand();

        var result = new RootCommand { edit }.Parse("edit KAZ-QAT-2023-12-12-agreement --status ratified --place Doha --by ana --db x.db");

        Assert.Empty(result.Errors);
        Assert.Equal("KAZ-QAT-2023-12-12-agreement", result.GetValue(edit.Id));
        Assert.Equal("ratified", result.GetValue(edit.Fields["status"]));
        Assert.Equal("Doha", result.GetValue(edit.Fields["place"]));
        Assert.Null(result.GetValue(edit.Fields["date"]));
        Assert.Equal("ana", result.GetValue(edit.By));
    }

    [Fact]
    public void Parse_SplitWithoutMention_IsAnError()
    {
        Assert.NotEmpty(new RootCommand { new ReviewSplitCommand() }.Parse("split SOME-ID").Errors);
    }

    [Fact]
    public void Run_EditWithoutFields_ReturnsUsageError()
    {
        var errors = new StringWriter();

        var code = ReviewEditCommand.Run("X", new Dictionary<string, string>(), "x.db", "ana", TimeProvider.System, new StringWriter(), errors);

        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("--status", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Run_ReviewOnMissingDatabase_ReturnsFailedAndCreatesNothing()
    {
        using var folder = new TempDirectory();
        var path = folder.Combine("none.db");
        var errors = new StringWriter();

        var code = ReviewVerdictCommand.Run(ReviewAction.Reject, "X", path, "ana", TimeProvider.System, new StringWriter(), errors);

        Assert.Equal(ExitCodes.Failed, code);
        Assert.Contains("does not exist", errors.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(path));
    }

    [Fact]
    public void ResolveAnalyst_NoOption_FallsBackToUserThenAccount()
    {
        Assert.Equal("ana", CommonOptions.ResolveAnalyst("ana"));
        Assert.False(string.IsNullOrEmpty(CommonOptions.ResolveAnalyst(null)));
    }
}
