using Pacta.Core.Model;
using Pacta.Core.Recognizers.Countries;

namespace Pacta.Core.Extraction;

/// <summary>The states of one sentence sorted by role: subjects, partners after "with", and host countries
/// named only through the place of signing.</summary>
internal sealed record SentenceParties(IReadOnlyList<PartyCode> Subjects, IReadOnlyList<CountryMention> Partners, IReadOnlyList<PartyCode> Hosts);
