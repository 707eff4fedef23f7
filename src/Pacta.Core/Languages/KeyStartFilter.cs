namespace Pacta.Core.Languages;

/// <summary>
/// The starts (first one to <see cref="Length"/> characters) of a set of keys, as bits of a 64-kilobit table indexed
/// by a hash of the start: a test costs a few instructions and no memory beyond one 8 KB table, against a hash-set
/// lookup per word. A hash collision only lets a word through to the exact test; a start that was added is never
/// refused.
/// </summary>
internal sealed class KeyStartFilter
{
    public const int Length = 4;

    private readonly ulong[] _bits = new ulong[(ushort.MaxValue + 1) / 64];

    public void Add(string key)
    {
        for (var length = 1; length <= Math.Min(Length, key.Length); length++)
        {
            var hash = Hash(key.AsSpan(0, length));
            _bits[hash >> 6] |= 1UL << (hash & 63);
        }
    }

    /// <summary>False when no added key starts with <paramref name="start"/> (1 to <see cref="Length"/> characters).</summary>
    public bool MayContain(ReadOnlySpan<char> start)
    {
        var hash = Hash(start);
        return (_bits[hash >> 6] & (1UL << (hash & 63))) != 0;
    }

    private static int Hash(ReadOnlySpan<char> start)
    {
        var hash = (uint)start.Length;
        foreach (var c in start)
        {
            hash = (hash * 0x9E3779B1) ^ c;
        }

        return (int)((hash * 0x9E3779B1) >> 16);
    }
}
