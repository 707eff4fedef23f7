namespace Pacta.Storage;

/// <summary>How to open a store.</summary>
public sealed record StoreOptions
{
    /// <summary>Create the database when it does not exist. False for read-only commands, so a mistyped path is an
    /// error rather than an empty new database.</summary>
    public bool CreateIfMissing { get; init; } = true;

    /// <summary>The clock used to stamp applied migrations (the only time the store records on its own).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;
}
