namespace Pacta.Core.Extraction;

/// <summary>Where the parties of a mention were found; the farther, the lower the confidence.</summary>
internal enum PartySource
{
    Clause,
    ClauseAndDiscourse,
    Discourse,
}
