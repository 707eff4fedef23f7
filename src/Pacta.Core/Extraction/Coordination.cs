using Pacta.Core.Analysis;
using Pacta.Core.Languages;

namespace Pacta.Core.Extraction;

/// <summary>
/// What stands between two words of a sentence that may be members of one list: states ("Mali, le Burkina Faso et
/// le Niger"), partners ("with Moldova and Norway") or dates ("in 1998 and 2015").
/// </summary>
internal static class Coordination
{
    /// <summary>True when "and" or a comma stands between two words ("with Doha that Kazakhstan" is no list).</summary>
    public static bool JoinedByAndOrComma(SentenceAnalysis sentence, int from, int to) =>
        sentence.FunctionWords.Any(f => f.FirstWord > from && f.LastWord < to && f.Value == FunctionRole.And)
        || Enumerable.Range(from + 1, to - from).Any(w => sentence.Sentence.Gap(w).Contains(','));

    /// <summary>True when only "and", a comma or short words (articles) stand between two list members.</summary>
    public static bool Listed(SentenceAnalysis sentence, int from, int to)
    {
        if (to - from > 3)
        {
            return false;
        }

        for (var w = from + 1; w < to; w++)
        {
            var isAnd = sentence.FunctionWords.Any(f => f.FirstWord <= w && f.LastWord >= w && f.Value == FunctionRole.And);
            if (!isAnd && (sentence.Sentence.Words[w].IsCapitalized || sentence.Sentence.WordText(w).Length > 4))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when nothing but "and" or a comma stands between two words.</summary>
    public static bool OnlyAndOrComma(SentenceAnalysis sentence, int from, int to)
    {
        for (var w = from + 1; w < to; w++)
        {
            if (!sentence.FunctionWords.Any(f => f.FirstWord == w && f.Value == FunctionRole.And))
            {
                return false;
            }
        }

        return to - from > 1 || sentence.Sentence.Gap(to).Trim().SequenceEqual(",");
    }
}
