namespace Pacta.Core.Languages;

/// <summary>What a word does to the status verb near it (moods.tsv).</summary>
public enum Mood
{
    Negation,
    Speculation,
    Future,
    Intent,
    Denial,
    Question,

    /// <summary>An infinitive marker ("to" in "to sign"): intent only right before the status verb, since the same
    /// word before a noun is a preposition ("pointing to agreements").</summary>
    Infinitive,

    /// <summary>"if", "si": a question only for a status verb right after it ("if Senegal signs"); a conditional
    /// clause before the main verb is not ("a treaty that obliges them to help if either is attacked came into
    /// force").</summary>
    Conditional,

    /// <summary>A status verb in the present tense ("sign", "signent", "подписывают"): with a date still to come ("sign
    /// a plan on March 12", published March 1) it tells a plan; with no date, or one just past, the news.</summary>
    Present,

    /// <summary>A negative determiner ("no", "aucun", "ningún", "nenhum", "nessun"): a negation that also denies the
    /// instrument it determines past the adjectives before its noun ("no new bilateral defence agreement was signed"),
    /// where a verb's "not" only reaches a noun right after it ("did not detail the agreement signed on Tuesday").</summary>
    NegativeDeterminer,
}
