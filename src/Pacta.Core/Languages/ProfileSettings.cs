namespace Pacta.Core.Languages;

/// <summary>The structured settings of one language, read from its <c>profile.json</c>.</summary>
public sealed record ProfileSettings
{
    public string Code { get; init; } = "";

    public string Name { get; init; } = "";

    public string Script { get; init; } = "Latin";

    public IReadOnlyList<string> Abbreviations { get; init; } = [];

    public IReadOnlyList<string> DateOrder { get; init; } = ["D M Y", "M D Y", "M Y", "D M"];

    /// <summary>"DMY" (default) or "MDY": how to read 03/04/2024.</summary>
    public string NumericOrder { get; init; } = "DMY";

    public InflectionSettings? Inflection { get; init; }

    public IReadOnlyList<string> Prefixes { get; init; } = [];

    public IReadOnlyList<string> NameParticles { get; init; } = [];

    /// <summary>True where "with" follows its noun (Turkish "Irak ile", Kazakh "Қатармен").</summary>
    public bool Postpositional { get; init; }

    /// <summary>True where the verb ends the clause and the words of intent or expectation follow it (Persian "برای
    /// امضای … آماده می‌شوند", Turkish "imzalanmasının beklendiğini", Kazakh "қол қоюы күтілуде").</summary>
    public bool VerbFinal { get; init; }

    /// <summary>Phrases that open a sentence with a one-word state name used as a common word (Russian and Ukrainian
    /// "Того ж дня", that same day, is not Togo; "Того и Россия" is): no state there.</summary>
    public IReadOnlyList<string> CommonWordsAtSentenceStart { get; init; } = [];

    /// <summary>True where every noun is written with a capital (German), so capitals say little about names.</summary>
    public bool CapitalizesNouns { get; init; }

    /// <summary>True where compounds are written as one word (German "Militärhilfeabkommen"): instruments and
    /// domains are also looked for inside words.</summary>
    public bool Compounds { get; init; }

    /// <summary>The state whose press writes nearly all of this language's news, where there is one (Turkish: Türkiye), as
    /// an ISO alpha-3 code: that press names its own officials by title alone ("Millî Savunma Bakanı Yaşar Güler ile
    /// Pakistan Savunma Bakanı …"), so such an official signing with one named partner signs for it. Null where the
    /// language is written by many states' press (Arabic, Russian, German, Persian).</summary>
    public string? HomeState { get; init; }

    /// <summary>True where a state's name follows an official's title in the genitive ("министр обороны Мали"), so a
    /// state's name there is not a given name even when it cannot decline.</summary>
    public bool StateAfterTitle { get; init; }

    /// <summary>The cases in which names follow a title in the same case, to give signatories in their dictionary form.</summary>
    public IReadOnlyList<NameCase> NameCases { get; init; } = [];

    public IReadOnlyList<string> Calendars { get; init; } = ["gregorian"];

    /// <summary>Endings that make an adjective of a city's name, invariable before a noun (German "-er": "im Berliner
    /// Kanzleramt", "im Pariser Élysée-Palast"): such a place names the city.</summary>
    public IReadOnlyList<string> CityAdjectiveEndings { get; init; } = [];

    /// <summary>Endings that make a plural of an instrument noun, where the plural is the singular plus an ending and
    /// words are matched whole (English and Romance "-s"): "agreements" is plural because "agreement" is listed too.
    /// "i>o" is an ending that replaces the singular's (Italian "accordi" for "accordo").</summary>
    public IReadOnlyList<string> PluralEndings { get; init; } = [];

    /// <summary>Prefixes that make a noun definite (Arabic "ال", "لل"): after a title, a run of definite words that ends
    /// in a domain word is the title's portfolio or body ("وزير الإنتاج الدفاعي", "محافظ الهيئة العامة للصناعات
    /// العسكرية"), not a name, since a given name does not take the article.</summary>
    public IReadOnlyList<string> DefinitePrefixes { get; init; } = [];

    /// <summary>Words that open a title's portfolio in a script without capitals (Arabic "لشؤون", for the affairs of): the
    /// definite words after them belong to the title whatever field they name ("وزير الدولة لشؤون الشرق الأوسط هاميش
    /// فالكونر"), and the name starts at the first word without the article.</summary>
    public IReadOnlyList<string> PortfolioWords { get; init; } = [];

    /// <summary>Lower-case nouns for a kind of town ("city", "port", "ciudad", "ville"): after a preposition of place,
    /// with adjectives before or after them, the name they lead to is the place ("in the southern port city of Aden",
    /// "en la ciudad amazónica de Leticia"). Kept out of the function words, so that "Porto" or "Ciudad del Este" stay
    /// unknown words that can name a place themselves.</summary>
    public IReadOnlyList<string> PlaceNouns { get; init; } = [];
}
