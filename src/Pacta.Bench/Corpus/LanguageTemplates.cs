namespace Pacta.Bench.Corpus;

/// <summary>The word lists and sentence templates of one language (data/bench/&lt;lang&gt;.tsv).</summary>
internal sealed record LanguageTemplates(
    string Language,
    int Weight,
    string Published,
    IReadOnlyList<string> Countries,
    IReadOnlyList<string> Cities,
    IReadOnlyList<string> People,
    IReadOnlyList<string> Titles,
    IReadOnlyList<string> Fillers,
    IReadOnlyList<string> AgreementTitles,
    IReadOnlyList<string> Agreements);
