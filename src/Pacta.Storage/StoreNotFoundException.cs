namespace Pacta.Storage;

/// <summary>The database does not exist and <see cref="StoreOptions.CreateIfMissing"/> is false.</summary>
public sealed class StoreNotFoundException : Exception
{
    public StoreNotFoundException(string location)
        : base($"database '{location}' does not exist")
    {
        Location = location;
    }

    public string Location { get; }
}
