using Pacta.Core.Model;

namespace Pacta.Core.Recognizers.Places;

/// <summary>A place introduced by a preposition of place ("à Doha", "in Abidjan", "в Дохе", "Ankara'da"),
/// with its dictionary form when the gazetteer knows it ("Доха" for "Дохе") and the state it stands in.</summary>
public sealed record PlaceMention(int Sentence, int FirstWord, int LastWord, TextSpan Span, string Name, PartyCode? Country);
