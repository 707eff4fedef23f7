namespace Pacta.Core.Languages;

/// <summary>The language of a text, or null with the reason when Pacta cannot tell or does not read it.</summary>
public sealed record LanguageGuess(string? Language, double Score, string? Reason)
{
    public bool IsKnown => Language is not null;

    /// <summary>True when another language of the same script came close: a second opinion is worth its cost.</summary>
    public bool IsClose { get; init; }

    /// <summary>True when the detector recognised a language Pacta does not read (not merely failed to tell).</summary>
    public bool IsOtherLanguage { get; init; }

    /// <summary>The languages the guess hesitated between (the guess first); a second opinion must be one of them.</summary>
    public IReadOnlyList<string> Candidates { get; init; } = [];
}
