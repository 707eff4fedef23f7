namespace Pacta.Cli.Tests.KnowledgeBase;

/// <summary>Short articles written for these tests (never copied from the corpus), in English, French and Russian.</summary>
internal static class Articles
{
    /// <summary>Five reports of one signing (Kazakhstan and Qatar, Doha, 12 December 2023) in three languages.</summary>
    public static readonly IReadOnlyDictionary<string, string> OneSigning = new Dictionary<string, string>
    {
        ["signing/en-wire.txt"] = """
            Kazakhstan and Qatar sign military cooperation agreement
            By Sarah Lee, published 13 December 2023

            Kazakhstan and Qatar signed an agreement on military cooperation in Doha on 12 December 2023.
            The defence ministers said the document covers joint exercises and the training of officers.
            """,
        ["signing/en-analysis.txt"] = """
            Astana deepens defence ties with Doha
            By Mark Olsen, published 14 December 2023

            The defence ministers of Kazakhstan and Qatar signed a military cooperation agreement in Doha on Tuesday.
            Analysts see the deal as part of Astana's effort to diversify its partners.
            """,
        ["signing/fr-depeche.txt"] = """
            Le Kazakhstan et le Qatar signent un accord de coopération militaire
            Par Jean Martin Publié le 13 décembre 2023 à 10h05

            Le Kazakhstan et le Qatar ont signé le 12 décembre 2023 à Doha un accord de coopération militaire.
            Le texte prévoit des exercices communs et la formation des officiers.
            """,
        ["signing/fr-analyse.txt"] = """
            Défense : Astana se rapproche de Doha
            Par Claire Dubois Publié le 15 décembre 2023 à 08h30

            Mardi, à Doha, les ministres de la Défense du Kazakhstan et du Qatar ont signé un accord de coopération militaire.
            Pour Astana, il s'agit de diversifier ses partenaires.
            """,
        ["signing/ru-novosti.txt"] = """
            Казахстан и Катар подписали соглашение о военном сотрудничестве
            Опубликовано 13 декабря 2023

            Казахстан и Катар 12 декабря 2023 года подписали в Дохе соглашение о военном сотрудничестве.
            Документ предусматривает совместные учения и подготовку офицеров.
            """,
    };

    /// <summary>One instrument's life over three articles: planned (English), signed (French), ratified (Russian).</summary>
    public static readonly IReadOnlyDictionary<string, string> ThreeSteps = new Dictionary<string, string>
    {
        ["life/planned.txt"] = """
            Uzbekistan and Oman to sign defence agreement
            By Sarah Lee, published 2 March 2024

            Uzbekistan and Oman will sign an agreement on defence cooperation next month, officials said in Tashkent.
            """,
        ["life/signed.txt"] = """
            L'Ouzbékistan et Oman signent un accord de défense
            Par Jean Martin Publié le 16 avril 2024 à 09h00

            L'Ouzbékistan et Oman ont signé le 15 avril 2024 à Mascate un accord de coopération en matière de défense.
            """,
        ["life/ratified.txt"] = """
            Сенат Узбекистана ратифицировал соглашение с Оманом
            Опубликовано 20 ноября 2024

            Сенат Узбекистана 19 ноября 2024 года ратифицировал соглашение о сотрудничестве в области обороны между Узбекистаном и Оманом.
            """,
    };

    /// <summary>Two annual plans between the same states, a year apart.</summary>
    public static readonly IReadOnlyDictionary<string, string> TwoPlans = new Dictionary<string, string>
    {
        ["plans/2023.txt"] = """
            Belarus and Russia agree next year's military cooperation plan
            By Mark Olsen, published 21 December 2023

            Belarus and Russia signed the annual plan of military cooperation in Minsk on 20 December 2023.
            """,
        ["plans/2024.txt"] = """
            Minsk and Moscow set out joint drills for the coming year
            By Anna Petrova, published 19 December 2024

            Belarus and Russia signed the annual plan of military cooperation in Minsk on 18 December 2024.
            The plan lists more than a hundred joint events, including staff exercises and exchanges of cadets.
            """,
    };
}
