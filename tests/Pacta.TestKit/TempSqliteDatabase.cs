namespace Pacta.TestKit;

/// <summary>A path for a SQLite database file in its own temporary folder; the file (and its -wal and -shm
/// companions) are deleted on Dispose. Nothing is created until a store opens the path.</summary>
public sealed class TempSqliteDatabase : IDisposable
{
    private readonly TempDirectory _directory = new("pacta-db");

    public TempSqliteDatabase(string fileName = "pacta.db")
    {
        Path = _directory.Combine(fileName);
    }

    public string Path { get; }

    public void Dispose() => _directory.Dispose();
}
