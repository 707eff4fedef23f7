using System.Globalization;
using System.Text;

namespace Pacta.Storage.Reports;

/// <summary>
/// The text of a document as a set of hashed word shingles (runs of <see cref="Size"/> words), lower-cased with
/// punctuation dropped, so a copy that differs in case, spacing or punctuation has the same shingles.
/// </summary>
public static class WordShingles
{
    public const int Size = 3;

    public static IReadOnlySet<ulong> Of(string text)
    {
        var words = Words(text);
        var shingles = new HashSet<ulong>();
        if (words.Count == 0)
        {
            return shingles;
        }

        for (var i = 0; i + Size <= Math.Max(words.Count, Size); i++)
        {
            shingles.Add(Hash(string.Join(' ', words.Skip(i).Take(Size))));
        }

        return shingles;
    }

    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text.Normalize(NormalizationForm.FormC))
        {
            if (char.IsLetterOrDigit(c))
            {
                current.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
            else if (current.Length > 0)
            {
                words.Add(current.ToString());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            words.Add(current.ToString());
        }

        return words;
    }

    /// <summary>FNV-1a over the UTF-16 code units: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static ulong Hash(string shingle)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in shingle)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }
}
