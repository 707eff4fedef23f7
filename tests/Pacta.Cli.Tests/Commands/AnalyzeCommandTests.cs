using Pacta.Cli.Commands;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests.Commands;

public sealed class AnalyzeCommandTests
{
    [Fact]
    public void Run_Article_TracesEveryMentionAndWhyOneWasDropped()
    {
        using var folder = new TempDirectory();
        var path = folder.Write("article.txt", "Peru and Chile signed a defence cooperation agreement in Lima on Monday. Peru could sign a similar accord with Bolivia.\n");
        var output = new StringWriter();

        var code = AnalyzeCommand.Run(path, "en", null, output, new StringWriter());

        var text = output.ToString();
        Assert.Equal(ExitCodes.Success, code);
        Assert.Contains("mentions:", text);
        Assert.Contains("parties CHL-PER status Signed", text);
        Assert.Contains("dropped, mood Speculation", text);
        Assert.Contains("instruments:", text);
        Assert.Contains("CHL-PER signed", text);
    }
}
