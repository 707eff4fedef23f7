namespace Pacta.Bench.Corpus;

/// <summary>One synthetic article: where it goes in the corpus folder, its language and text, and whether it
/// reports an agreement (the generator's truth, to check that Pacta finds it).</summary>
public sealed record GeneratedArticle(int Index, string RelativePath, string Language, string Text, bool ReportsAgreement);
