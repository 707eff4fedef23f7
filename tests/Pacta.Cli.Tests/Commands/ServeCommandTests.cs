using System.CommandLine;
using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Commands;

public sealed class ServeCommandTests
{
    [Fact]
    public void Parse_AllOptions_BindsTheirValues()
    {
        var command = new ServeCommand();
        var root = new RootCommand { command };

        var result = root.Parse("serve --db x.db --urls http://127.0.0.1:5099 --token s3cret");

        Assert.Empty(result.Errors);
        Assert.Equal("x.db", result.GetValue(command.Database));
        Assert.Equal("http://127.0.0.1:5099", result.GetValue(command.Urls));
        Assert.Equal("s3cret", result.GetValue(command.Token));
    }

    [Fact]
    public void Parse_NoUrls_ListensOnThisMachineOnly()
    {
        var command = new ServeCommand();
        var root = new RootCommand { command };

        var result = root.Parse("serve");

        Assert.Equal("http://127.0.0.1:5000", result.GetValue(command.Urls));
        Assert.Null(result.GetValue(command.Token));
    }

    [Fact]
    public void Run_MissingDatabase_FailsBeforeListening()
    {
        using var folder = new TempDirectory();
        var errors = new StringWriter();

        var exit = ServeCommand.Run(folder.Combine("missing.db"), ServeCommand.DefaultUrls, token: null, TextWriter.Null, errors);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains("does not exist", errors.ToString());
        Assert.False(File.Exists(folder.Combine("missing.db")));
    }
}
