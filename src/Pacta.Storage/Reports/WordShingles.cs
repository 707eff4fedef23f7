using System.Text;
using Pacta.Core.Text;

namespace Pacta.Storage.Reports;

/// <summary>
/// The text of a document as a set of hashed word shingles (runs of <see cref="Size"/> words), lower-cased with
/// punctuation dropped, so a copy that differs in case, spacing or punctuation has the same shingles.
/// </summary>
/// <remarks>Every stored document keeps a signature made from these hashes, so they must never change: the words
/// are lower-cased into one buffer and each shingle is hashed over its words joined by single spaces, without
/// building a string per word or shingle (that cost more than the rest of a save).</remarks>
public static class WordShingles
{
    public const int Size = 3;

    private const ulong FnvOffset = 14695981039346656037UL;
    private const ulong FnvPrime = 1099511628211UL;

    public static IReadOnlySet<ulong> Of(string text) => new HashSet<ulong>(Hashes(text));

    /// <summary>The shingle hashes in text order, repeats included: all a MinHash needs (a minimum does not care
    /// about repeats), without building a set.</summary>
    public static ulong[] Hashes(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var normalized = Nfc.Normalize(text);
        var letters = new char[normalized.Length];
        var ends = new List<int>(); // where each word ends in letters
        var (length, start) = (0, 0);
        foreach (var c in normalized)
        {
            if (IsLetterOrDigit(c))
            {
                letters[length++] = ToLower(c);
            }
            else if (length > start)
            {
                ends.Add(length);
                start = length;
            }
        }

        if (length > start)
        {
            ends.Add(length);
        }

        if (ends.Count == 0)
        {
            return [];
        }

        // A text shorter than a shingle is one shingle of all its words.
        var hashes = new ulong[Math.Max(ends.Count, Size) - Size + 1];
        for (var i = 0; i < hashes.Length; i++)
        {
            hashes[i] = Hash(letters, ends, i, Math.Min(Size, ends.Count - i));
        }

        return hashes;
    }

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, answered without a table lookup for ASCII.</summary>
    private static bool IsLetterOrDigit(char c) =>
        char.IsAscii(c) ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(c);

    /// <summary><see cref="char.ToLowerInvariant(char)"/>, without the call into the case tables for ASCII.</summary>
    private static char ToLower(char c) =>
        char.IsAscii(c) ? (char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c) : char.ToLowerInvariant(c);

    /// <summary>FNV-1a over the UTF-16 code units of <paramref name="count"/> words from <paramref name="first"/>,
    /// joined by spaces: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static ulong Hash(char[] letters, List<int> ends, int first, int count)
    {
        var hash = FnvOffset;
        for (var w = first; w < first + count; w++)
        {
            if (w > first)
            {
                hash = (hash ^ ' ') * FnvPrime;
            }

            for (var k = w == 0 ? 0 : ends[w - 1]; k < ends[w]; k++)
            {
                hash = (hash ^ letters[k]) * FnvPrime;
            }
        }

        return hash;
    }
}
