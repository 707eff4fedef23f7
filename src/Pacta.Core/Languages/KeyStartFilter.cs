using System.Runtime.CompilerServices;

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
            var hash = Hash(Pack(key.AsSpan(0, length)));
            _bits[hash >> 6] |= 1UL << (hash & 63);
        }
    }

    /// <summary>False when no added key starts with <paramref name="start"/> (1 to <see cref="Length"/> characters).</summary>
    public bool MayContain(ReadOnlySpan<char> start) => MayContain(Pack(start));

    /// <summary>As <see cref="MayContain(ReadOnlySpan{char})"/>, for a start already packed by <see cref="Pack"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public bool MayContain(ulong packed)
    {
        var hash = Hash(packed);
        return (_bits[hash >> 6] & (1UL << (hash & 63))) != 0;
    }

    /// <summary>Up to four characters in one number, sixteen bits each (no key holds U+0000, so lengths differ too).</summary>
    public static ulong Pack(ReadOnlySpan<char> start)
    {
        ulong packed = 0;
        foreach (var c in start)
        {
            packed = (packed << 16) | c;
        }

        return packed;
    }

    /// <summary>Sixteen bits of a multiplicative hash: one multiplication per word (a multiplication per letter cost
    /// a tenth of the trigger scan).</summary>
    private static int Hash(ulong packed) => (int)((packed * 0x9E3779B97F4A7C15UL) >> 48);
}
