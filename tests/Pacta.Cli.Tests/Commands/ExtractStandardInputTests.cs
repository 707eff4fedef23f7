using System.Diagnostics;
using System.Text.Json;
using Xunit;

namespace Pacta.Cli.Tests.Commands;

/// <summary>`pacta extract -` reads an article piped to it, as a shell pipeline would give it.</summary>
public sealed class ExtractStandardInputTests
{
    [Fact]
    public async Task Extract_Dash_ReadsStandardInput()
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { typeof(Program).Assembly.Location, "extract", "-", "--format", "jsonl" })
        {
            start.ArgumentList.Add(argument);
        }

        using var child = Process.Start(start)!;
        await child.StandardInput.WriteAsync("{\"text\":\"Chile and Peru signed a defence cooperation agreement in Lima on Monday.\",\"published\":\"2025-06-11\"}\n");
        child.StandardInput.Close();
        var output = await child.StandardOutput.ReadToEndAsync();
        await child.WaitForExitAsync();

        Assert.Equal(0, child.ExitCode);
        using var line = JsonDocument.Parse(output);
        var agreement = Assert.Single(line.RootElement.GetProperty("agreements").EnumerateArray());
        Assert.Equal(["CHL", "PER"], agreement.GetProperty("parties").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal("2025-06-09", agreement.GetProperty("date").GetString());
    }
}
