using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>
/// Tells which of Pacta's languages a text is written in from the share of its words that are that language's
/// most frequent function words (stopwords.tsv), among the languages written in the text's script. Cheap enough
/// to run on every document; a text in none of them gets "unsupported language", never a wrong guess.
/// </summary>
public sealed class LanguageGuesser
{
    private const int SampleLength = 4000;
    private const double MinShare = 0.04;
    private const int MinHits = 3;

    private readonly List<(string Language, UnicodeScript Script, HashSet<string> Words)> _languages = [];

    public LanguageGuesser(ILexiconSource source)
    {
        foreach (var language in source.Languages)
        {
            if (!source.Files(language).Contains("stopwords.tsv"))
            {
                continue;
            }

            using var stream = source.Open(language, "stopwords.tsv");
            var words = LexiconReader.Read(stream, $"{language}/stopwords.tsv", out _)
                .Select(r => KeyNormalizer.Normalize(r.Form))
                .ToHashSet(StringComparer.Ordinal);
            var script = UnicodeScripts.Dominant(string.Concat(words));
            _languages.Add((language, script, words));
        }
    }

    public LanguageGuess Guess(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var script = UnicodeScripts.Dominant(sample);
        var tokens = Tokenizer.Tokenize(sample, new TextSpan(0, sample.Length)).Where(t => t.Kind == TokenKind.Word).ToList();
        if (tokens.Count == 0)
        {
            return new LanguageGuess(null, 0, "no words in the text");
        }

        var keys = tokens.Select(t => KeyNormalizer.Normalize(sample.AsSpan(t.Start, t.Span.Length))).ToList();
        string? best = null;
        var bestHits = 0;
        foreach (var (language, languageScript, words) in _languages)
        {
            if (languageScript != script)
            {
                continue;
            }

            var hits = keys.Count(words.Contains);
            if (hits > bestHits)
            {
                (best, bestHits) = (language, hits);
            }
        }

        var share = (double)bestHits / keys.Count;
        return best is not null && bestHits >= MinHits && share >= MinShare
            ? new LanguageGuess(best, Math.Round(share, 3), null)
            : new LanguageGuess(null, Math.Round(share, 3), $"unsupported language ({script} script, no language of Pacta fits)");
    }
}
