using Pacta.Core.Recognizers.Countries;
using Pacta.Core.Recognizers.Dates;
using Pacta.Core.Recognizers.People;
using Pacta.Core.Recognizers.Places;

namespace Pacta.Core.Analysis;

/// <summary>The recognizers a <see cref="SentenceAnalysis"/> runs when one of its kinds of mention is first asked
/// for. Stateless, so one set serves every sentence and thread.</summary>
internal sealed record SentenceRecognizers(
    CountryRecognizer Countries,
    DateRecognizer Dates,
    PersonRecognizer People,
    PlaceRecognizer Places);
