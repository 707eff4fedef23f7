using System.Collections.Concurrent;

namespace Pacta.Core.Languages;

/// <summary>
/// The languages Pacta reads, each profile loaded on first use and then shared (thread-safe).
/// </summary>
public sealed class LanguageCatalog
{
    private readonly ILexiconSource _source;
    private readonly ConcurrentDictionary<string, Lazy<LanguageProfile>> _profiles = new(StringComparer.Ordinal);

    public LanguageCatalog(ILexiconSource source)
    {
        _source = source;
    }

    public static LanguageCatalog Embedded { get; } = new(EmbeddedLexiconSource.Instance);

    public IReadOnlyList<string> Languages => _source.Languages;

    public bool Supports(string? language) => language is not null && _source.Languages.Contains(language);

    public LanguageProfile Get(string language)
    {
        if (!Supports(language))
        {
            throw new ArgumentException($"No lexicons for language '{language}'.", nameof(language));
        }

        return _profiles.GetOrAdd(language, l => new Lazy<LanguageProfile>(() => LanguageProfileLoader.Load(_source, l))).Value;
    }
}
