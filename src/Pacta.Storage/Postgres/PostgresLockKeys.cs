using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Pacta.Storage.Postgres;

/// <summary>
/// The 64-bit keys of the advisory locks that make concurrent writers (several `pacta ingest` processes, several
/// workers, the web server) produce what one writer would: one per party set, held while that party set's agreements
/// are rebuilt, and one per MinHash band, held while a document looks for its near-duplicates. Keys are hashes of a
/// prefixed name, so they are the same in every process and unlikely to meet another application's locks.
/// </summary>
internal static class PostgresLockKeys
{
    /// <summary>Held while the schema is migrated, so processes starting together migrate once.</summary>
    public static long Migrations { get; } = Of("pacta:migrations");

    public static long PartySet(string partyKey) => Of("pacta:parties:" + partyKey);

    public static long Band(int band, long key) => Of(string.Create(CultureInfo.InvariantCulture, $"pacta:band:{band}:{key}"));

    private static long Of(string name) => BinaryPrimitives.ReadInt64BigEndian(SHA256.HashData(Encoding.UTF8.GetBytes(name)));
}
