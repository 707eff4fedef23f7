using System.CommandLine;
using System.Text;
using Pacta.Cli.Commands;

namespace Pacta.Cli;

public static class Program
{
    public static int Main(string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        return BuildRoot().Parse(args).Invoke();
    }

    public static RootCommand BuildRoot()
    {
        var root = new RootCommand(
            "Pacta: defense and security cooperation agreements between states, read from the news in their own languages, with the sentences that say so.");
        root.Subcommands.Add(new ExtractCommand());
        root.Subcommands.Add(new AnalyzeCommand());
        root.Subcommands.Add(new IngestCommand());
        root.Subcommands.Add(new WatchCommand());
        root.Subcommands.Add(new AgreementsCommand());
        root.Subcommands.Add(new ShowCommand());
        root.Subcommands.Add(new ReviewCommand());
        root.Subcommands.Add(new ReprocessCommand());
        root.Subcommands.Add(new EvalCommand());
        root.Subcommands.Add(new BenchCommand());
        root.Subcommands.Add(new ImportCommand());
        root.Subcommands.Add(new CountryCommand());
        root.Subcommands.Add(new ExportCommand());
        root.Subcommands.Add(new ServeCommand());
        return root;
    }
}
