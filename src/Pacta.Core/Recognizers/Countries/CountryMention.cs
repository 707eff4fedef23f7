using Pacta.Core.Languages;
using Pacta.Core.Model;

namespace Pacta.Core.Recognizers.Countries;

/// <summary>A state or organisation named in a sentence, by name, capital, demonym or acronym.</summary>
public sealed record CountryMention(int Sentence, int FirstWord, int LastWord, TextSpan Span, PartyCode Code, NameType Type, string Text)
{
    public bool IsDemonym => Type == NameType.Demonym;

    public bool IsCapital => Type == NameType.Capital;
}
