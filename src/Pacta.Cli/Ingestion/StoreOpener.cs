using System.Data.Common;
using Pacta.Storage;

namespace Pacta.Cli.Ingestion;

/// <summary>Opens (creating if needed) the store that `ingest` and `watch` write to, or says on one line why not.</summary>
internal static class StoreOpener
{
    public static IAgreementStore? TryOpen(string? database, string command, TextWriter errors)
    {
        var path = CommonOptions.ResolveDatabase(database);
        try
        {
            return AgreementStoreFactory.Open(path);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            errors.WriteLine($"{command}: cannot open database '{path}': {e.Message}");
            return null;
        }
    }
}
