using Pacta.Core.Languages;
using Pacta.Core.Model;

namespace Pacta.Core.Analysis;

/// <summary>A document analysed in its own language: its sentences and their mentions.</summary>
public sealed record DocumentAnalysis(Document Document, LanguageProfile Language, IReadOnlyList<SentenceAnalysis> Sentences);
