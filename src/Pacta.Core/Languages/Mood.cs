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
}
