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

    /// <summary>The noun "capital" (city), which with a state's demonym or name names that state's capital: "in the
    /// Qatari capital", "dans la capitale de la Mauritanie", "в белорусской столице", "في العاصمة السودانية".</summary>
    CapitalCity,

    /// <summary>An adjective that marks another instrument of the same parties than the one reported: "the previous
    /// programme", "l'ancien accord", "предыдущее соглашение", "a separate memorandum".</summary>
    Another,

    /// <summary>An adverb that adds to what was told ("also", "zudem", "également", "также"): before a step told of
    /// "the two countries", it tells of another instrument than the one reported ("The two countries are also expected
    /// to sign an agreement on fuel supplies").</summary>
    Also,

    /// <summary>A pronoun or auxiliary verb that ends a person's name in a script without capitals: Persian "وی" (he),
    /// "بود" (was) in "… قاسم الاعرجی مشاور امنیت ملی عراق رسیده بود".</summary>
    NameEnd,

    /// <summary>A verb of having before an instrument ("Japan has similar agreements with Australia", "имеет соглашения"):
    /// the instrument is in place.</summary>
    Has,

    /// <summary>A relative pronoun ("which", "qui", "который"): after a comma, it tells the next step of the noun before.</summary>
    Relative,

    /// <summary>"The same day", "Того ж дня", "le même jour": the day of the step told just before.</summary>
    SameDay,

    /// <summary>A plural noun for the sides' leaders without a title ("leaders", "dirigeants", "главами"): beside "the
    /// two countries" it names the two leaders ("the leaders of the two countries", "главами двух государств").</summary>
    Leaders,

    /// <summary>A word of number before an instrument noun ("a number of", "ряда", "mehrere", "bir dizi"): a set of
    /// instruments in general, not one, unless the clause gives their field.</summary>
    Several,

    /// <summary>Words that open a sentence telling who announced the news just told and when: "Об этом в среду сообщило
    /// …", "Про це у понеділок повідомило …", "Das teilte … am Dienstag mit".</summary>
    ThisNews,

    /// <summary>A verb of replacing right after an instrument ("replaces", "remplace", "sustituye", "substitui",
    /// "sostituisce"): a step told just after it, with no instrument noun between, is the replaced instrument's ("Il
    /// nuovo accordo sostituisce quello firmato nel 2008").</summary>
    Replaces,
}
