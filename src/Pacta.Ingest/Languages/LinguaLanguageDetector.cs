using Lingua;
using Pacta.Core.Languages;

namespace Pacta.Ingest.Languages;

/// <summary>
/// Lingua's n-gram detector over Pacta's languages only, as the second opinion of
/// <see cref="LayeredLanguageDetector"/>. Loading all 79 of Lingua's languages takes about 2 GB and many seconds,
/// so only Pacta's and their close neighbours are loaded, in low-accuracy mode (about 100 MB, a few milliseconds per text), and only the first
/// time a close case needs them; it reads a prefix of the text, which is enough to tell two languages apart.
/// </summary>
public sealed class LinguaLanguageDetector : ILanguageDetector
{
    private const int SampleLength = 800;

    /// <summary>Below this confidence (0–1, relative among Pacta's languages) Lingua's answer is not taken.</summary>
    private const double MinConfidence = 0.5;

    /// <summary>
    /// Neighbours of Pacta's languages that Pacta does not read, loaded so that a Dutch or Catalan text is recognised
    /// as such ("unsupported") instead of being forced into German or Spanish.
    /// </summary>
    private static readonly Language[] Neighbours =
    [
        Language.Dutch, Language.Catalan, Language.Romanian, Language.Polish, Language.Czech, Language.Danish,
        Language.Swedish, Language.Bokmal, Language.Bulgarian, Language.Serbian, Language.Belarusian,
        Language.Macedonian, Language.Azerbaijani, Language.Mongolian, Language.Urdu, Language.Indonesian,
    ];

    private readonly Lazy<LanguageDetector> _detector;
    private readonly HashSet<Language> _pacta;

    public LinguaLanguageDetector(IEnumerable<string> languageCodes)
    {
        var languages = languageCodes.Select(ToLingua).OfType<Language>().Distinct().ToArray();
        if (languages.Length < 2)
        {
            throw new ArgumentException("Lingua needs at least two languages to choose from.", nameof(languageCodes));
        }

        _pacta = [.. languages];
        var all = languages.Concat(Neighbours).Distinct().ToArray();
        _detector = new Lazy<LanguageDetector>(() => LanguageDetectorBuilder.FromLanguages(all).WithLowAccuracyMode().Build());
    }

    public LanguageGuess Detect(string text)
    {
        var sample = text.Length > SampleLength ? text[..SampleLength] : text;
        var confidences = _detector.Value.ComputeLanguageConfidenceValues(sample);
        var (language, confidence) = confidences.OrderByDescending(c => c.Value).Select(c => (c.Key, c.Value)).FirstOrDefault();
        if (language == Language.Unknown || confidence < MinConfidence)
        {
            return new LanguageGuess(null, Math.Round(confidence, 3), "Lingua could not tell the language");
        }

        if (!_pacta.Contains(language))
        {
            return new LanguageGuess(null, Math.Round(confidence, 3), $"unsupported language ({language})") { IsOtherLanguage = true };
        }

        return new LanguageGuess(language.IsoCode6391().ToString().ToLowerInvariant(), Math.Round(confidence, 3), null);
    }

    private static Language? ToLingua(string code) =>
        Enum.TryParse<IsoCode6391>(code, ignoreCase: true, out var iso) && LanguageInfo.GetByIsoCode6391(iso) is var language && language != Language.Unknown
            ? language
            : null;
}
