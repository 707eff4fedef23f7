using Pacta.Core.Model;

namespace Pacta.Core.Languages;

/// <summary>A noun naming a written instrument; <see cref="IsReference"/> for generic nouns ("the document")
/// that can only refer back to an instrument named before.</summary>
/// <param name="Step">For a reference that names a step of the instrument it refers to: the step a mention of it
/// reports when it is signed or tells no step of its own. "The protocol on the exchange of instruments of
/// ratification was signed on Thursday" puts the treaty in force on Thursday.</param>
/// <param name="IsPlural">The form names several instruments ("agreements"): see <see cref="ProfileSettings.PluralEndings"/>.</param>
public sealed record InstrumentWord(AgreementKind Kind, bool IsReference, AgreementStatus? Step = null, bool IsPlural = false);
