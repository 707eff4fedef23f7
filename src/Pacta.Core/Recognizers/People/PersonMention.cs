using Pacta.Core.Model;

namespace Pacta.Core.Recognizers.People;

/// <summary>
/// A person named with a title ("the Kazakh defence minister, Ruslan Jaqsylyqov"): the name span, the title's role
/// (titles.tsv) and the state the title ties the person to, when a demonym or a state name stands in the title.
/// </summary>
public sealed record PersonMention(int Sentence, int FirstWord, int LastWord, TextSpan Span, string Name, string Role, TextSpan TitleSpan, PartyCode? Nationality, bool IsCounterpart);
