using Spectre.Console;

namespace Pacta.Cli.Ingestion;

/// <summary>A live status line on stderr (counts and rate) while long work runs, or nothing when stderr is
/// redirected: redirected output gets only the per-input reasons and the final summary.</summary>
internal static class ProgressDisplay
{
    /// <summary>Every this many reports the line is redrawn: redrawing per document would cost more than reading.</summary>
    private const int ReportEvery = 16;

    public static void Run(bool show, Action<Action<string>> work)
    {
        if (!show)
        {
            work(_ => { });
            return;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Status().Start("ingesting…", context =>
        {
            var reports = 0;
            work(line =>
            {
                if (reports++ % ReportEvery == 0)
                {
                    context.Status(Markup.Escape(line));
                }
            });
        });
    }
}
