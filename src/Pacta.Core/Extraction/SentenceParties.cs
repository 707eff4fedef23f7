using Pacta.Core.Model;
using Pacta.Core.Recognizers.Countries;

namespace Pacta.Core.Extraction;

/// <summary>The states of one sentence sorted by role: subjects, partners after "with", and host countries
/// named only through the place of signing. <see cref="Guessed"/> when the subjects were picked among more
/// states than an instrument has sides, with nothing in the syntax to say which.</summary>
internal sealed record SentenceParties(
    IReadOnlyList<PartyCode> Subjects,
    IReadOnlyList<CountryMention> Partners,
    IReadOnlyList<PartyCode> Hosts,
    bool Guessed = false);
