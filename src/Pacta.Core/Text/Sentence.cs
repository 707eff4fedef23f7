using Pacta.Core.Model;

namespace Pacta.Core.Text;

/// <summary>A sentence of a text: its span and the paragraph (blank-line separated block) it belongs to.</summary>
public readonly record struct Sentence(int Index, TextSpan Span, int Paragraph);
