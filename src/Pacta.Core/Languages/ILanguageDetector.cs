namespace Pacta.Core.Languages;

/// <summary>Tells which of Pacta's languages a text is written in, or that it is none of them.</summary>
public interface ILanguageDetector
{
    LanguageGuess Detect(string text);
}
