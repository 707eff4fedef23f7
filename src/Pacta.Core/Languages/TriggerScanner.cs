using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>
/// One pass over a whole text: which words can start a form of a lexicon? Words are tokenized and keyed exactly as
/// <see cref="LanguageProfile.AnalyzeSentence"/> keys them (sentence boundaries never fall inside a word), but into a
/// stack buffer, with no sentence, list or key string built. A text (or a sentence) with no such word cannot match
/// the lexicon anywhere, so the costly analysis of it can be skipped with the result unchanged. For languages that
/// write closed compounds, a word whose last part is a one-word form counts too ("Militärhilfeabkommen"), as
/// <see cref="CompoundMatcher.Heads"/> finds it.
/// </summary>
public static class TriggerScanner
{
    private const int StackWordLength = 64;

    /// <summary>True when some word of the text can start a form of the lexicon; stops at the first.</summary>
    public static bool MayMatch<T>(string text, Lexicon<T> lexicon, WordKeyer keyer, bool compounds = false) =>
        Scan(text, new TextSpan(0, text.Length), lexicon, keyer, compounds, starts: null);

    /// <summary>As <see cref="MayMatch{T}(string, Lexicon{T}, WordKeyer, bool)"/>, over one range of the text (a sentence).</summary>
    public static bool MayMatch<T>(string text, TextSpan range, Lexicon<T> lexicon, WordKeyer keyer) =>
        Scan(text, range, lexicon, keyer, compounds: false, starts: null);

    /// <summary>The start offsets, in text order, of the words that can start a form of the lexicon.</summary>
    public static IReadOnlyList<int> Starts<T>(string text, Lexicon<T> lexicon, WordKeyer keyer, bool compounds = false)
    {
        var starts = new List<int>();
        Scan(text, new TextSpan(0, text.Length), lexicon, keyer, compounds, starts);
        return starts;
    }

    /// <summary>
    /// Finds the words that can start a form, into <paramref name="starts"/> when given, else stopping at the first;
    /// true when there is one. One pass over the characters: each word's end is found as <see cref="WordEnumerator"/>
    /// finds it (word characters of the number or letter kind the word started with, and marks), and its key's first
    /// letters are packed on the way, as <see cref="KeyNormalizer.TryPackKeyStart"/> packs them. Every character is
    /// looked at once, and most words cost a table lookup a letter and one filter test; in a language with clitic
    /// prefixes the filter holds the starts with the prefixes before them, so no cut is tried.
    /// </summary>
    private static bool Scan<T>(string text, TextSpan range, Lexicon<T> lexicon, WordKeyer keyer, bool compounds, List<int>? starts)
    {
        Span<char> key = stackalloc char[KeyNormalizer.MaxKeyLength(StackWordLength)];

        // A key's first letters are the normalized word's up to the shortest stem an ending may leave, so that many
        // (at most four) can be read off the word and tested before any word is keyed.
        var startLength = Math.Clamp(keyer.MinStem, 0, Lexicon<T>.KeyStartLength);
        Span<int> cuts = stackalloc int[keyer.MaxPrefixCuts];

        // Indexed by a char, the 64K table needs no bounds check; the JIT cannot see that, so the lookup is unchecked.
        ref var classes = ref MemoryMarshal.GetReference(CharacterClasses.All);
        var found = false;
        var i = range.Start;
        var length = range.End;
        while (true)
        {
            byte flags = 0;
            while (i < length && ((flags = Unsafe.Add(ref classes, text[i])) & CharacterClasses.Word) == 0)
            {
                i++;
            }

            if (i >= length)
            {
                return found;
            }

            // A word goes on over the characters of its kind (letters or digits) and marks, as WordEnumerator reads it.
            var start = i;
            var goesOn = (flags & CharacterClasses.Digit) != 0 ? CharacterClasses.ContinuesDigits : CharacterClasses.ContinuesLetters;
            ulong packed = 0;
            var written = 0;
            var packable = true;
            var ascii = true;
            do
            {
                // The key's first letters, packed as KeyNormalizer.TryPackKeyStart packs them.
                var c = text[i];
                if (char.IsAscii(c))
                {
                    packed = (packed << 16) | char.ToLowerInvariant(c);
                    written++;
                }
                else
                {
                    ascii = false;
                    packable &= CharacterKeys.TryPack(c, ref packed, ref written, startLength);
                }

                i++;
            }
            while (written < startLength && i < length && (Unsafe.Add(ref classes, text[i]) & goesOn) != 0);

            // The rest of the word: one lookup a character (and, for compounds, whether it stays ASCII).
            if (compounds)
            {
                char c;
                while (i < length && (Unsafe.Add(ref classes, c = text[i]) & goesOn) != 0)
                {
                    ascii &= char.IsAscii(c);
                    i++;
                }
            }
            else
            {
                while (i < length && (Unsafe.Add(ref classes, text[i]) & goesOn) != 0)
                {
                    i++;
                }
            }

            // No letters to test (a keyer that may cut a word to nothing): every word is keyed.
            if (startLength > 0 && packable && !(keyer.HasPrefixes ? lexicon.MayStartWithAfterPrefixes(packed, keyer) : lexicon.MayStartWith(packed))
                && (!compounds || (i - start < 2 * CompoundMatcher.MinPart && ascii)))
            {
                continue;
            }

            var word = text.AsSpan(start, i - start);
            if (keyer.HasPrefixes && startLength > 0 && !MayStartAfterPrefixes(word, lexicon, keyer, key, cuts, startLength))
            {
                // The filter's four letters take a prefix and the first letter of the rest ("والا"): the cuts of the
                // word, each tested on four letters of its own, refuse most words with an article before keying them.
                continue;
            }

            if (IsHit(word, lexicon, keyer, compounds, key))
            {
                if (starts is null)
                {
                    return true;
                }

                found = true;
                starts.Add(start);
            }
        }
    }

    /// <summary>For a language with clitic prefixes ("و", "ال"): whether the word's key, or the key of the word
    /// with one or two prefixes cut, may start a form, by their first letters. True when the word cannot be keyed
    /// in the buffer (the exact test then decides).</summary>
    private static bool MayStartAfterPrefixes<T>(ReadOnlySpan<char> word, Lexicon<T> lexicon, WordKeyer keyer, Span<char> buffer, Span<int> cuts, int startLength)
    {
        if (word.Length > StackWordLength || !KeyNormalizer.TryNormalize(word, buffer, out var written))
        {
            return true;
        }

        var normalized = buffer[..written];
        if (lexicon.MayStartWith(normalized[..Math.Min(startLength, normalized.Length)]))
        {
            return true;
        }

        var count = keyer.PrefixCuts(normalized, cuts);
        for (var i = 0; i < count; i++)
        {
            var rest = normalized[cuts[i]..];
            if (lexicon.MayStartWith(rest[..Math.Min(startLength, rest.Length)]))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsHit<T>(ReadOnlySpan<char> word, Lexicon<T> lexicon, WordKeyer keyer, bool compounds, Span<char> buffer)
    {
        ReadOnlySpan<char> key = word.Length <= StackWordLength && keyer.TryKey(word, buffer, out var written, out _) ? buffer[..written] : keyer.Key(word);
        return lexicon.CanStartWith(key)
            || (compounds && key.Length >= 2 * CompoundMatcher.MinPart && lexicon.EndsWithOneWordForm(key, CompoundMatcher.MinPart))
            || (keyer.HasPrefixes && AnyStartsForm(keyer.PrefixVariants(word), lexicon));
    }

    /// <summary>A loop, not a lambda: a closure over the lexicon was allocated on every call, hit or not.</summary>
    private static bool AnyStartsForm<T>(ImmutableArray<string> keys, Lexicon<T> lexicon)
    {
        foreach (var key in keys)
        {
            if (lexicon.FirstKeys.Contains(key))
            {
                return true;
            }
        }

        return false;
    }
}
