using System.Globalization;
using System.Text;
using Pacta.Core.Text;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Core.Tests.Text;

/// <summary>The allocation-free paths of <see cref="KeyNormalizer"/> must give exactly the keys of the plain
/// definition (decompose, drop marks, lower-case, unify letters), on every word of every lexicon and sample.</summary>
public sealed partial class KeyNormalizerTests
{
    [Fact]
    public void Normalize_EveryLexiconAndSampleWord_EqualsTheReferenceDefinition()
    {
        var files = Directory.EnumerateFiles(RepoPaths.Data, "*.tsv", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(RepoPaths.Samples, "*.txt", SearchOption.AllDirectories));
        var words = files
            .SelectMany(f => File.ReadAllText(f).Split([' ', '\t', '\n', ',', '.', '(', ')', '«', '»', '"'], StringSplitOptions.RemoveEmptyEntries))
            .Append(new string('ß', 200))
            .Append("Straße")
            .Concat(["한국", "Việt", "مُحَمَّد", "e\u0301\u0323x", "a\u0323\u0301", "Ǆemal", "ﬁnal", "Ω", "Å", "ﾃｽﾄ", "Й", "ї", "\uD835\uDC00"])
            .Append(string.Concat(Enumerable.Repeat("é", 150)))
            .Distinct(StringComparer.Ordinal)
            .ToList();

        Assert.True(words.Count > 1000);
        foreach (var word in words)
        {
            var reference = Reference(word);
            Assert.Equal(reference, KeyNormalizer.Normalize(word));
            for (var length = 1; length <= 4; length++)
            {
                if (KeyNormalizer.TryPackKeyStart(word, length, out var packed))
                {
                    Assert.Equal(Packed(reference[..Math.Min(length, reference.Length)]), packed);
                }
            }
        }
    }

    /// <summary>Every character outside the surrogates, alone, after a letter, and with marks that decomposition
    /// reorders around it: the table of character keys must agree with the definition on all of them.</summary>
    [Fact]
    public void Normalize_EveryCharacterInContext_EqualsTheReferenceDefinition()
    {
        for (var i = 0x80; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            foreach (var word in new[] { c.ToString(), "a" + c, c + "\u0323\u0301", "e\u0301" + c + "\u0323" })
            {
                if (IsRejected(word))
                {
                    // A noncharacter (U+FFFE): the library refuses it, and so does the key, as before the table.
                    Assert.Throws<ArgumentException>(() => KeyNormalizer.Normalize(word));
                    continue;
                }

                Assert.True(Reference(word) == KeyNormalizer.Normalize(word), $"U+{i:X4} in \"{word}\"");
            }
        }
    }

    private static bool IsRejected(string word)
    {
        try
        {
            _ = word.IsNormalized(NormalizationForm.FormD);
            return false;
        }
        catch (ArgumentException)
        {
            return true;
        }
    }

    /// <summary>The definition as first written: two intermediate strings per word, every character looked at.</summary>
    private static string Reference(string word)
    {
        var builder = new StringBuilder(word.Length);
        foreach (var raw in word.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            var mapped = c switch
            {
                '\u200C' or '\u200D' or '\u0640' => "",
                'ı' => "i",
                'ß' => "ss",
                '’' or 'ʼ' or '‘' => "'",
                'ى' or 'ی' or 'ې' => "ي",
                'ک' => "ك",
                'ة' => "ه",
                'أ' or 'إ' or 'آ' or 'ٱ' => "ا",
                _ when char.IsDigit(c) && c > '9' => ((char)('0' + (int)CharUnicodeInfo.GetNumericValue(c))).ToString(),
                _ => c.ToString(),
            };
            builder.Append(mapped);
        }

        return builder.ToString();
    }

    /// <summary>Characters sixteen bits each, the first highest: what a packed key start must hold.</summary>
    private static ulong Packed(string start) => start.Aggregate(0UL, (packed, c) => (packed << 16) | c);
}
