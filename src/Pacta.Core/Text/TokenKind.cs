namespace Pacta.Core.Text;

public enum TokenKind : byte
{
    Word,
    Number,
    Punctuation,
}
