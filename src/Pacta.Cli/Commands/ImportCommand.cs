using System.CommandLine;
using Pacta.Cli.Commands.Import;

namespace Pacta.Cli.Commands;

/// <summary>`pacta import`: brings records of other datasets into the store, one subcommand per dataset.</summary>
public sealed class ImportCommand : Command
{
    public ImportCommand()
        : base("import", "Import agreements from a hand-coded dataset, with the dataset row as their evidence.")
    {
        Subcommands.Add(new DcadImportCommand());
    }
}
