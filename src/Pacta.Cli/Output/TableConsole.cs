using Spectre.Console;

namespace Pacta.Cli.Output;

/// <summary>A Spectre console over a command's output writer.</summary>
internal static class TableConsole
{
    /// <summary>Redirected to a file or a pipe there is no terminal width to fit, and wrapping would cut ids and
    /// headers ("overal l"), so the table is laid out wide.</summary>
    private const int RedirectedWidth = 240;

    public static IAnsiConsole For(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(output) });
        if (!console.Profile.Out.IsTerminal)
        {
            console.Profile.Width = RedirectedWidth;
        }

        return console;
    }
}
