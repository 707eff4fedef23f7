using System.Collections.Immutable;
using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>
/// Computes the lookup keys of one word in one language: the normalized word, cut to its stem where the language
/// inflects (Russian "Катаром" → "катар"), and the variants without clitic prefixes where the language has them
/// (Arabic "والسعودية" → "السعودية", "سعودية"). The same keyer runs over lexicon forms and text.
/// </summary>
public sealed class WordKeyer
{
    /// <summary>Words up to this long are keyed in a stack buffer (longer ones are rare and take the slow path).</summary>
    private const int StackWordLength = 64;

    /// <summary>The inflection endings grouped by their last letter, longest first: a word is only compared with the
    /// endings it could have (Russian lists dozens).</summary>
    private readonly Dictionary<char, string[]> _suffixesByLastLetter;
    private readonly int _minStem;
    private readonly string[] _prefixes;
    private readonly HashSet<string> _uninflected;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _uninflectedBySpan;

    public WordKeyer(ProfileSettings settings)
    {
        var suffixes = (settings.Inflection?.Suffixes ?? [])
            .Select(s => KeyNormalizer.Normalize(s.TrimStart('-')))
            .Where(s => s.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(s => s.Length)
            .ToArray();
        _suffixesByLastLetter = suffixes.GroupBy(s => s[^1]).ToDictionary(g => g.Key, g => g.ToArray());
        _minStem = settings.Inflection?.MinStem ?? 4;
        _uninflected = (settings.Inflection?.Uninflected ?? []).Select(w => KeyNormalizer.Normalize(w)).ToHashSet(StringComparer.Ordinal);
        _uninflectedBySpan = _uninflected.GetAlternateLookup<ReadOnlySpan<char>>();
        _prefixes = settings.Prefixes
            .Select(p => KeyNormalizer.Normalize(p.TrimEnd('-')))
            .Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(p => p.Length)
            .ToArray();
    }

    public bool HasPrefixes => _prefixes.Length > 0;

    /// <summary>The clitic prefixes, normalized, longest first.</summary>
    public IReadOnlyList<string> Prefixes => _prefixes;

    /// <summary>A cut ending always leaves at least this many letters: a key's first letters up to here are the
    /// normalized word's, whether or not an ending is cut.</summary>
    public int MinStem => _minStem;

    /// <summary>The key of a word; <paramref name="suffix"/> is the ending that was cut, or empty.</summary>
    public string Key(ReadOnlySpan<char> word, out string suffix)
    {
        // Every word of every document passes here: normalise into a stack buffer and cut the ending there, so the
        // key is the only string allocated.
        // Sized to the word, not the longest stack word: the buffer is zeroed on every call.
        Span<char> buffer = word.Length <= StackWordLength ? stackalloc char[KeyNormalizer.MaxKeyLength(word.Length)] : [];
        return TryKey(word, buffer, out var written, out suffix) ? new string(buffer[..written]) : Stem(KeyNormalizer.Normalize(word), out suffix);
    }

    /// <summary>Writes the key of a word into <paramref name="key"/> without allocating; false when the buffer is too
    /// short (give it <see cref="KeyNormalizer.MaxKeyLength"/> of the word's length).</summary>
    public bool TryKey(ReadOnlySpan<char> word, Span<char> key, out int written, out string suffix)
    {
        if (!KeyNormalizer.TryNormalize(word, key, out written))
        {
            suffix = "";
            return false;
        }

        written = StemLength(key[..written], out suffix);
        return true;
    }

    public string Key(ReadOnlySpan<char> word) => Key(word, out _);

    /// <summary>Keys of the word with one or two clitic prefixes removed (never the word itself); an empty list, not a
    /// new one, for the many words with no prefix.</summary>
    public ImmutableArray<string> PrefixVariants(ReadOnlySpan<char> word)
    {
        if (_prefixes.Length == 0)
        {
            return [];
        }

        var normalized = KeyNormalizer.Normalize(word);
        List<string>? variants = null;
        AddVariants(normalized, depth: 0, ref variants);
        return variants is null ? [] : [.. variants];
    }

    /// <summary>Writes where the prefix variants of a normalized word start (<see cref="PrefixVariants"/> cuts the
    /// same prefixes, and a variant's key is its rest, stemmed), without building them; returns how many. A variant's
    /// first letters, up to <see cref="MinStem"/>, are the rest's from there.</summary>
    public int PrefixCuts(ReadOnlySpan<char> normalized, Span<int> cuts)
    {
        var count = 0;
        AddCuts(normalized, 0, depth: 0, cuts, ref count);
        return count;
    }

    /// <summary>The most cuts <see cref="PrefixCuts"/> writes: one or two prefixes off the word.</summary>
    public int MaxPrefixCuts => _prefixes.Length * (_prefixes.Length + 1);

    private void AddCuts(ReadOnlySpan<char> normalized, int offset, int depth, Span<int> cuts, ref int count)
    {
        if (depth == 2)
        {
            return;
        }

        var rest = normalized[offset..];
        foreach (var prefix in _prefixes)
        {
            if (rest.Length - prefix.Length >= 2 && rest.StartsWith(prefix, StringComparison.Ordinal))
            {
                cuts[count++] = offset + prefix.Length;
                AddCuts(normalized, offset + prefix.Length, depth + 1, cuts, ref count);
            }
        }
    }

    private void AddVariants(string normalized, int depth, ref List<string>? into)
    {
        if (depth == 2)
        {
            return;
        }

        foreach (var prefix in _prefixes)
        {
            if (normalized.Length - prefix.Length >= 2 && normalized.StartsWith(prefix, StringComparison.Ordinal))
            {
                var rest = normalized[prefix.Length..];
                var key = Stem(rest, out _);
                into ??= [];
                if (!into.Contains(key))
                {
                    into.Add(key);
                }

                AddVariants(rest, depth + 1, ref into);
            }
        }
    }

    private string Stem(string normalized, out string suffix) => normalized[..StemLength(normalized, out suffix)];

    /// <summary>The length of the stem: the word without the longest listed ending that leaves a long enough stem.</summary>
    private int StemLength(ReadOnlySpan<char> normalized, out string suffix)
    {
        suffix = "";
        if (normalized.IsEmpty || !_suffixesByLastLetter.TryGetValue(normalized[^1], out var candidates)
            || (_uninflected.Count > 0 && _uninflectedBySpan.Contains(normalized)))
        {
            return normalized.Length;
        }

        foreach (var candidate in candidates)
        {
            if (normalized.Length - candidate.Length >= _minStem && normalized.EndsWith(candidate, StringComparison.Ordinal))
            {
                suffix = candidate;
                return normalized.Length - candidate.Length;
            }
        }

        return normalized.Length;
    }
}
