namespace Pacta.Core.Languages;

/// <summary>The roles of the small words that tie parties, places and people together (function-words.tsv).</summary>
public enum FunctionRole
{
    And,
    With,
    Between,
    Place,
    By,
    Counterpart,
    Both,
    PronounIt,

    /// <summary>A noun standing for an organisation named before: "the bloc", "l'Alliance", "альянс".</summary>
    Bloc,

    /// <summary>An adjective that marks another instrument of the same parties than the one reported: "the previous
    /// programme", "l'ancien accord", "предыдущее соглашение", "a separate memorandum".</summary>
    Another,
}
