using Pacta.Core.Model;

namespace Pacta.Core.Extraction;

/// <summary>
/// What a story has told of its parties before a mention that names one side alone: the one state of every pair a
/// clause has named so far (<see cref="Side"/>, null once two pairs share none), those pairs in reading order, and the
/// state two pairs in focus one after the other share (<see cref="Hub"/>).
/// </summary>
internal sealed record StoryParties(PartyCode? Side, IReadOnlyList<List<PartyCode>> Pairs, PartyCode? Hub);
