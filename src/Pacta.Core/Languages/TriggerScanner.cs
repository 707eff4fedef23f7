using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>
/// One pass over a whole text: does any word start a form of a lexicon? Words are tokenized and keyed exactly as
/// <see cref="LanguageProfile.AnalyzeSentence"/> keys them (sentence boundaries never fall inside a word), but into a
/// stack buffer, with no sentence, list or key string built. A text with no hit cannot match the lexicon anywhere,
/// so the costly analysis can be skipped with the result unchanged.
/// </summary>
public static class TriggerScanner
{
    private const int StackWordLength = 64;

    public static bool MayMatch<T>(string text, Lexicon<T> lexicon, WordKeyer keyer)
    {
        Span<char> key = stackalloc char[KeyNormalizer.MaxKeyLength(StackWordLength)];

        // A key's first letters are the normalized word's up to the shortest stem an ending may leave, so that many
        // (at most three) can be read off the word and tested before any word is keyed.
        Span<char> start = stackalloc char[Math.Clamp(keyer.MinStem, 0, Lexicon<T>.KeyStartLength)];
        foreach (var token in Tokenizer.Enumerate(text, new TextSpan(0, text.Length)))
        {
            if (!token.IsWordLike)
            {
                continue;
            }

            var word = text.AsSpan(token.Start, token.Span.Length);
            if (!keyer.HasPrefixes && KeyNormalizer.TryKeyStart(word, start, out var startLength) && !lexicon.MayStartWith(start[..startLength]))
            {
                // Most words: their key's first letters start no form (clitic prefixes would change those letters).
                continue;
            }

            var hit = word.Length <= StackWordLength && keyer.TryKey(word, key, out var written, out _)
                ? lexicon.CanStartWith(key[..written])
                : lexicon.FirstKeys.Contains(keyer.Key(word));
            if (hit || (keyer.HasPrefixes && keyer.PrefixVariants(word).Any(v => lexicon.FirstKeys.Contains(v))))
            {
                return true;
            }
        }

        return false;
    }
}
