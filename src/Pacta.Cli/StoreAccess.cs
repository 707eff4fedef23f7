using System.Data.Common;
using Pacta.Storage;

namespace Pacta.Cli;

/// <summary>Opens the database for a command, runs its work and closes it, turning the ways opening can fail into
/// one message on stderr and <see cref="ExitCodes.Failed"/>, the same for every command.</summary>
internal static class StoreAccess
{
    /// <param name="verb">The command's name, to start error messages with.</param>
    /// <param name="create">Create the database when missing (ingest); false for commands that only read or review.</param>
    public static int Use(string? database, bool create, string verb, TextWriter errors, Func<IAgreementStore, int> work)
    {
        if (TryOpen(database, create, verb, errors) is not { } store)
        {
            return ExitCodes.Failed;
        }

        try
        {
            return work(store);
        }
        catch (DbException e)
        {
            errors.WriteLine($"{verb}: database '{AgreementStoreFactory.Describe(CommonOptions.ResolveDatabase(database))}': {e.Message}");
            return ExitCodes.Failed;
        }
        finally
        {
            store.DisposeAsync().AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>The store, or null after one line on stderr saying why it cannot be opened; for commands that hold
    /// it across asynchronous work (`watch`) or manage its lifetime themselves (`ingest`).</summary>
    public static IAgreementStore? TryOpen(string? database, bool create, string verb, TextWriter errors)
    {
        var location = CommonOptions.ResolveDatabase(database);
        // Never print a PostgreSQL password.
        var path = AgreementStoreFactory.Describe(location);
        try
        {
            return AgreementStoreFactory.Open(location, new StoreOptions { CreateIfMissing = create });
        }
        catch (StoreNotFoundException)
        {
            errors.WriteLine($"{verb}: database '{path}' does not exist. Run `pacta ingest` first, or point --db (or PACTA_DB) at an existing database.");
            return null;
        }
        catch (Exception e) when (e is DbException or IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            errors.WriteLine($"{verb}: cannot open database '{path}': {e.Message}");
            return null;
        }
    }
}
