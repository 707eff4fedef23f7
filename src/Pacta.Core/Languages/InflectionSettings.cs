namespace Pacta.Core.Languages;

/// <summary>Case and suffix endings stripped from every word of a language before lookup (profile.json).</summary>
public sealed record InflectionSettings
{
    public IReadOnlyList<string> Suffixes { get; init; } = [];

    public int MinStem { get; init; } = 4;

    public bool Apostrophe { get; init; }

    /// <summary>Words whose ending only looks like an inflection and is kept (German "bereits", already, is not
    /// "bereit", ready).</summary>
    public IReadOnlyList<string> Uninflected { get; init; } = [];
}
