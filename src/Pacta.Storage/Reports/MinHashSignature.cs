using System.Buffers.Binary;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pacta.Storage.Reports;

/// <summary>
/// A MinHash signature of a document's word shingles: <see cref="Length"/> minimum hashes, whose share of equal
/// positions between two documents estimates the Jaccard similarity of their shingle sets. Split into
/// <see cref="Bands"/> bands of <see cref="RowsPerBand"/>, it also gives the keys a store indexes to find candidate
/// near-duplicates without comparing every pair (locality-sensitive hashing).
/// </summary>
/// <remarks>
/// A stored document is compared with a new one when they share at least <see cref="MinSharedBands"/> of the 16 bands
/// of 4 rows: copies with Jaccard 0.8 do with probability 0.997 (0.98 at 0.75, 0.93 at 0.7, where the estimate itself
/// falls on either side of the threshold). Articles that only share boilerplate or a house style (Jaccard 0.3–0.4)
/// share one band often (12–34%) but two seldom (0.7–6%): with one band enough, every new article of a site that
/// repeats a long footer was compared with a growing share of all stored ones, and saving slowed down as the store
/// grew. Two different articles on the same event (Jaccard around 0.1) almost never share a band.
/// </remarks>
public sealed class MinHashSignature
{
    public const int Bands = 16;
    public const int RowsPerBand = 4;
    public const int Length = Bands * RowsPerBand;

    /// <summary>Bands a stored document must share with a new one to be compared with it (see the remarks).</summary>
    public const int MinSharedBands = 2;

    /// <summary>Estimated Jaccard similarity from which two documents are one report: syndicated copies of one wire
    /// story (another headline, byline or closing line) stay above it; two articles written apart fall far below.</summary>
    public const double NearDuplicateThreshold = 0.7;

    /// <summary>One seed per position, computed once: recomputing them for every shingle doubled the cost of a
    /// signature.</summary>
    private static readonly ulong[] Seeds = Enumerable.Range(0, Length).Select(i => Mix(0x9E3779B97F4A7C15UL * (ulong)(i + 1))).ToArray();

    private readonly ulong[] _values;

    private MinHashSignature(ulong[] values)
    {
        _values = values;
    }

    /// <summary>The signature of <paramref name="text"/>; null for a text without words (nothing to compare).</summary>
    public static MinHashSignature? Of(string text)
    {
        var shingles = WordShingles.Hashes(text);
        if (shingles.Length == 0)
        {
            return null;
        }

        var values = new ulong[Length];
        Array.Fill(values, ulong.MaxValue);
        if (Vector256.IsHardwareAccelerated)
        {
            // Four positions at a time: the same integer arithmetic, so the same values as the loop below, and the
            // 64 mixes per shingle were the largest cost of saving a document.
            var minima = MemoryMarshal.Cast<ulong, Vector256<ulong>>(values.AsSpan());
            var seeds = MemoryMarshal.Cast<ulong, Vector256<ulong>>(Seeds.AsSpan());
            foreach (var shingle in shingles)
            {
                var broadcast = Vector256.Create(shingle);
                for (var i = 0; i < minima.Length; i++)
                {
                    minima[i] = Vector256.Min(minima[i], Mix(broadcast ^ seeds[i]));
                }
            }

            return new MinHashSignature(values);
        }

        foreach (var shingle in shingles)
        {
            for (var i = 0; i < Length; i++)
            {
                var hashed = Mix(shingle ^ Seeds[i]);
                if (hashed < values[i])
                {
                    values[i] = hashed;
                }
            }
        }

        return new MinHashSignature(values);
    }

    /// <summary>Hex text, 16 digits per value: portable to any database as a plain string.</summary>
    public static MinHashSignature Parse(string text)
    {
        if (text.Length != Length * 16)
        {
            throw new FormatException($"A MinHash signature has {Length * 16} hex digits, not {text.Length}.");
        }

        var values = new ulong[Length];
        for (var i = 0; i < Length; i++)
        {
            values[i] = ulong.Parse(text.AsSpan(i * 16, 16), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture);
        }

        return new MinHashSignature(values);
    }

    /// <summary>The values as bytes, each big-endian: the hex text of <see cref="ToString"/> read as bytes (what
    /// SQLite's unhex gives), half its size and read without parsing.</summary>
    public byte[] ToBytes()
    {
        var bytes = new byte[Length * sizeof(ulong)];
        for (var i = 0; i < Length; i++)
        {
            BinaryPrimitives.WriteUInt64BigEndian(bytes.AsSpan(i * sizeof(ulong)), _values[i]);
        }

        return bytes;
    }

    public static MinHashSignature FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Length * sizeof(ulong))
        {
            throw new FormatException($"A MinHash signature has {Length * sizeof(ulong)} bytes, not {bytes.Length}.");
        }

        var values = new ulong[Length];
        for (var i = 0; i < Length; i++)
        {
            values[i] = BinaryPrimitives.ReadUInt64BigEndian(bytes[(i * sizeof(ulong))..]);
        }

        return new MinHashSignature(values);
    }

    public override string ToString() => string.Concat(_values.Select(v => v.ToString("x16", CultureInfo.InvariantCulture)));

    public double Similarity(MinHashSignature other)
    {
        var equal = 0;
        for (var i = 0; i < Length; i++)
        {
            equal += _values[i] == other._values[i] ? 1 : 0;
        }

        return (double)equal / Length;
    }

    public bool IsNearDuplicateOf(MinHashSignature other) => Similarity(other) >= NearDuplicateThreshold;

    /// <summary>One key per band (band number, hash of its rows), as a signed 64-bit number so any SQL integer
    /// column holds it.</summary>
    public IReadOnlyList<(int Band, long Key)> BandKeys()
    {
        var keys = new List<(int, long)>(Bands);
        for (var band = 0; band < Bands; band++)
        {
            var hash = (ulong)band;
            for (var row = 0; row < RowsPerBand; row++)
            {
                hash = Mix(hash ^ _values[(band * RowsPerBand) + row]);
            }

            keys.Add((band, unchecked((long)hash)));
        }

        return keys;
    }

    /// <summary>The SplitMix64 finalizer: a cheap, well-spread 64-bit mix.</summary>
    private static ulong Mix(ulong x)
    {
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EBUL;
        return x ^ (x >> 31);
    }

    /// <summary><see cref="Mix(ulong)"/> on four values at once.</summary>
    private static Vector256<ulong> Mix(Vector256<ulong> x)
    {
        x = (x ^ Vector256.ShiftRightLogical(x, 30)) * 0xBF58476D1CE4E5B9UL;
        x = (x ^ Vector256.ShiftRightLogical(x, 27)) * 0x94D049BB133111EBUL;
        return x ^ Vector256.ShiftRightLogical(x, 31);
    }
}
