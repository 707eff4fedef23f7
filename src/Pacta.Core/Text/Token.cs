using Pacta.Core.Model;

namespace Pacta.Core.Text;

/// <summary>
/// One token of a text, as a span (no substring is copied). <see cref="HardBreakBefore"/> is false when the token
/// follows the previous word with nothing but spaces, hyphens or apostrophes between them ("Guinea-Bissau",
/// "Côte d'Ivoire"), so multiword lexicon forms can match across; a comma or a full stop breaks them.
/// </summary>
public readonly record struct Token(TextSpan Span, TokenKind Kind, bool IsCapitalized, bool HardBreakBefore)
{
    public int Start => Span.Start;

    public int End => Span.End;

    public bool IsWordLike => Kind != TokenKind.Punctuation;
}
