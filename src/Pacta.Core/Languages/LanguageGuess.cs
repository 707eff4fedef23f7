namespace Pacta.Core.Languages;

/// <summary>The language of a text, or null with the reason when Pacta cannot tell or does not read it.</summary>
public sealed record LanguageGuess(string? Language, double Score, string? Reason)
{
    public bool IsKnown => Language is not null;
}
