using Pacta.Core.Model;

namespace Pacta.Core.Languages;

/// <summary>A noun naming a written instrument; <see cref="IsReference"/> for generic nouns ("the document")
/// that can only refer back to an instrument named before.</summary>
public sealed record InstrumentWord(AgreementKind Kind, bool IsReference);
