namespace Pacta.Core.Languages;

/// <summary>One data row of a lexicon file: its surface form, the other columns, and where it came from.</summary>
public sealed record TsvRow(string File, int Line, string Form, IReadOnlyList<string> Values);
