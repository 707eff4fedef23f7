using Pacta.Core.Languages;
using Pacta.Core.Model;

namespace Pacta.Core.Analysis;

/// <summary>A document analysed in its own language: its sentences and their mentions.</summary>
public sealed record DocumentAnalysis(Document Document, LanguageProfile Language, IReadOnlyList<SentenceAnalysis> Sentences)
{
    /// <summary>The day of a dated dateline ("МОСКВА, 8 июля."), when it agrees with the publication date.</summary>
    public DateOnly? FiledOn { get; init; }

    /// <summary>The paragraph the dated dateline opens, or -1.</summary>
    public int DatelineParagraph { get; init; } = -1;
}
