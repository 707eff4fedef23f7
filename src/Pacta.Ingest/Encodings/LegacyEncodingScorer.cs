using System.Globalization;
using System.Text;

namespace Pacta.Ingest.Encodings;

/// <summary>
/// Picks the legacy single-byte code page of undeclared text by decoding a sample with each candidate and scoring
/// how word-like the result is: letters of one script per word, no capital inside a lowercase word, no stray
/// symbols or controls. A wrong Cyrillic page turns "Министр" into "мИНИСТР"; Russian read as Windows-1256
/// mixes Arabic and Latin letters in one word; Turkish read as Windows-1252 gives rare letters such as ð and þ.
/// Written instead of UTF.Unknown: a few lines we can test per language beat a general detector that guesses
/// among dozens of pages on short news texts.
/// </summary>
public static class LegacyEncodingScorer
{
    private const int SampleBytes = 64 * 1024;

    /// <summary>In order of preference when two score the same (Windows-1252 before ISO-8859-9 for text that has
    /// none of the six letters where they differ).</summary>
    private static readonly Encoding[] Candidates = [.. new[] { 1252, 1251, 20866, 1256, 28599 }.Select(CodePage)];

    /// <summary>Letters that exist in the page but almost never in news text in the languages that use it.</summary>
    private const string RareLetters = "ÐÝÞðýþ";

    /// <summary>Non-letters that ordinary prose does use.</summary>
    private const string CommonSymbols = "«»–—“”„‘’‚…€№°•·\u00A0\u200C\u200F\u200E،؛؟ـ";

    public static Encoding Detect(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SampleBytes)];
        var best = Candidates[0];
        var bestScore = double.MinValue;
        foreach (var candidate in Candidates)
        {
            var score = Score(candidate.GetString(sample));
            if (score > bestScore)
            {
                best = candidate;
                bestScore = score;
            }
        }

        return best;
    }

    internal static double Score(string text)
    {
        var score = 0.0;
        var previous = '\0';
        foreach (var c in text)
        {
            if (c < 0x80)
            {
                previous = c;
                continue;
            }

            if (char.IsLetter(c))
            {
                score += 1;
                if (char.IsLetter(previous))
                {
                    score -= ScriptOf(previous) != ScriptOf(c) ? 2 : 0;
                    score -= char.IsLower(previous) && char.IsUpper(c) ? 1 : 0;
                }

                score -= RareLetters.Contains(c) ? 1.5 : 0;
            }
            else if (!CommonSymbols.Contains(c) && CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.SpaceSeparator)
            {
                score -= 1;
            }

            previous = c;
        }

        return score;
    }

    private static int ScriptOf(char c) => c switch
    {
        < '\u0250' => 0,
        >= '\u0400' and < '\u0530' => 1,
        >= '\u0600' and < '\u0700' => 2,
        _ => 3,
    };

    private static Encoding CodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }
}
