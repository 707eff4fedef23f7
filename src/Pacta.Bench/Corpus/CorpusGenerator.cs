using System.Globalization;
using System.Text;

namespace Pacta.Bench.Corpus;

/// <summary>
/// Writes synthetic news articles from the templates in data/bench: a title, a "published" line, then paragraphs
/// of ordinary news until the article reaches a size drawn between 2 and 8 KB; about one in twenty opens with a
/// defense agreement between two states. Article i depends only on the seed and i, so the same seed gives the
/// same bytes and any slice of the corpus can be regenerated alone.
/// </summary>
public sealed class CorpusGenerator
{
    public const double AgreementShare = 0.05;
    public const int MinBytes = 2 * 1024;
    public const int MaxBytes = 8 * 1024;

    /// <summary>Articles per sub-folder, so a million files do not land in one directory.</summary>
    private const int FilesPerFolder = 1000;

    private static readonly DateOnly FirstDay = new(2020, 1, 1);

    private readonly IReadOnlyList<LanguageTemplates> _languages;
    private readonly int _totalWeight;

    public CorpusGenerator()
        : this(TemplateReader.ReadEmbedded())
    {
    }

    internal CorpusGenerator(IReadOnlyList<LanguageTemplates> languages)
    {
        _languages = languages;
        _totalWeight = languages.Sum(l => l.Weight);
    }

    public IReadOnlyList<string> Languages => _languages.Select(l => l.Language).ToList();

    public IEnumerable<GeneratedArticle> Generate(int count, ulong seed)
    {
        for (var i = 0; i < count; i++)
        {
            yield return GenerateOne(i, seed);
        }
    }

    public GeneratedArticle GenerateOne(int index, ulong seed)
    {
        var random = new SplitMix64(new SplitMix64(seed).NextUInt64() ^ (ulong)index * 0x9E3779B97F4A7C15UL);
        var language = PickLanguage(random);
        var reportsAgreement = random.NextDouble() < AgreementShare;
        var targetBytes = random.Next(MinBytes, MaxBytes - 512);
        var published = FirstDay.AddDays(random.Next(2000));

        var text = new StringBuilder(MaxBytes);
        var pair = reportsAgreement ? PickPair(random, language) : default;
        var title = reportsAgreement ? Fill(random.Pick(language.AgreementTitles), random, language, pair) : random.Pick(language.Titles);
        text.Append(title).Append('\n');
        text.Append(language.Published).Append(' ').Append(published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append("\n\n");

        var bytes = Encoding.UTF8.GetByteCount(text.ToString());
        var first = true;
        while (bytes < targetBytes)
        {
            var paragraph = new StringBuilder();
            var sentences = random.Next(3, 6);
            for (var s = 0; s < sentences; s++)
            {
                var template = first && reportsAgreement ? random.Pick(language.Agreements) : random.Pick(language.Fillers);
                first = false;
                if (paragraph.Length > 0)
                {
                    paragraph.Append(' ');
                }

                paragraph.Append(Fill(template, random, language, pair));
            }

            text.Append(paragraph).Append("\n\n");
            bytes += Encoding.UTF8.GetByteCount(paragraph.ToString()) + 2;
        }

        var relativePath = Path.Combine((index / FilesPerFolder).ToString("D4", CultureInfo.InvariantCulture), $"{index:D7}-{language.Language}.txt");
        return new GeneratedArticle(index, relativePath, language.Language, text.ToString().TrimEnd('\n') + "\n", reportsAgreement);
    }

    private LanguageTemplates PickLanguage(SplitMix64 random)
    {
        var ticket = random.Next(_totalWeight);
        foreach (var language in _languages)
        {
            ticket -= language.Weight;
            if (ticket < 0)
            {
                return language;
            }
        }

        return _languages[^1];
    }

    private static (string A, string B) PickPair(SplitMix64 random, LanguageTemplates language)
    {
        var a = random.Pick(language.Countries);
        string b;
        do
        {
            b = random.Pick(language.Countries);
        }
        while (b == a);
        return (a, b);
    }

    private static string Fill(string template, SplitMix64 random, LanguageTemplates language, (string A, string B) pair)
    {
        var filled = new StringBuilder(template)
            .Replace("{A}", pair.A)
            .Replace("{B}", pair.B)
            .Replace("{country}", random.Pick(language.Countries))
            .Replace("{city}", random.Pick(language.Cities))
            .Replace("{person}", random.Pick(language.People))
            .Replace("{number}", random.Next(2, 1000).ToString(CultureInfo.InvariantCulture));

        // A template that opens with a slot ("le Qatar et…") still opens with a capital.
        if (filled.Length > 0 && char.IsLower(filled[0]))
        {
            filled[0] = char.ToUpperInvariant(filled[0]);
        }

        return filled.ToString();
    }
}
