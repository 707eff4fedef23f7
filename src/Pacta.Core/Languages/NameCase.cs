namespace Pacta.Core.Languages;

/// <summary>
/// A grammatical case that names take after a title in the same case ("министром обороны Андреем Белоусовым",
/// instrumental): the title endings that mark it, and the name endings to undo, as pairs of the ending in this case and
/// the ending of the dictionary form, the longest first ("ичем" → "ич" before "ем" → "й").
/// </summary>
public sealed record NameCase
{
    public string Name { get; init; } = "";

    public IReadOnlyList<string> TitleEndings { get; init; } = [];

    public IReadOnlyList<IReadOnlyList<string>> Endings { get; init; } = [];

    /// <summary>Letters that must stay before an ending, so that a short name is not read as an ending ("Ким").</summary>
    public int MinStem { get; init; } = 2;
}
