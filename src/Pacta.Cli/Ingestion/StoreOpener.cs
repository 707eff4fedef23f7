using System.Data.Common;
using Pacta.Storage;

namespace Pacta.Cli.Ingestion;

/// <summary>Opens (creating if needed) the store that `ingest` and `watch` write to, or says on one line why not.</summary>
internal static class StoreOpener
{
    public static IAgreementStore? TryOpen(string? database, string command, TextWriter errors)
    {
        var location = CommonOptions.ResolveDatabase(database);
        // Never print a PostgreSQL password.
        var path = AgreementStoreFactory.Describe(location);
        try
        {
            return AgreementStoreFactory.Open(location);
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            errors.WriteLine($"{command}: cannot open database '{path}': {e.Message}");
            return null;
        }
    }
}
