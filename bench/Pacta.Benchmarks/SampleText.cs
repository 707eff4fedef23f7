using Pacta.Bench.Corpus;
using Pacta.Core.Languages;
using Pacta.Core.Text;

namespace Pacta.Benchmarks;

/// <summary>The text every benchmark reads: generated articles in one language (the bench corpus generator, a fixed
/// seed), joined into one text of about 100 KB, with its sentences already split and keyed.</summary>
public sealed class SampleText
{
    private const int Articles = 400;

    public SampleText(string language)
    {
        Language = LanguageCatalog.Embedded.Get(language);
        Text = string.Join("\n\n", new CorpusGenerator()
            .Generate(Articles, seed: 7)
            .Where(a => a.Language == language)
            .Take(25)
            .Select(a => a.Text));
        Sentences = Language.Analyze(Text);
    }

    public LanguageProfile Language { get; }

    public string Text { get; }

    public IReadOnlyList<AnalyzedSentence> Sentences { get; }
}
