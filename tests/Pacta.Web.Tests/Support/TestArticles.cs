namespace Pacta.Web.Tests.Support;

/// <summary>
/// Articles written for these tests (no text from shared/corpus): Kazakhstan spreading its partners over three years
/// (the seed article's claim, in our own words), two reports of one signing (to split and merge), two small states
/// the 110m world map would lose, and an article carrying script payloads in its title, byline and evidence.
/// </summary>
public static class TestArticles
{
    public const string XssDocumentId = "articles/norway-estonia.txt";

    public static IReadOnlyDictionary<string, string> All { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["articles/kazakhstan-turkiye.txt"] = """
            Kazakhstan and Türkiye sign military cooperation agreement

            By Aliya Nurova, published 20 January 2022

            Kazakhstan and Türkiye signed an agreement on military cooperation in Ankara on 18 January 2022, the defence ministry said. The document covers training and joint exercises.
            """,
        ["articles/kazakhstan-serbia.txt"] = """
            Kazakhstan and Serbia agree on defence cooperation

            By Marko Petrovic, published 16 November 2023

            Kazakhstan and Serbia signed a defence cooperation agreement in Belgrade on 14 November 2023, officials said. The two ministers also discussed arms production.
            """,
        ["articles/kazakhstan-qatar.txt"] = """
            Kazakhstan and Qatar sign defence agreement in Doha

            By Sara Haddad, published 13 December 2023

            Kazakhstan and Qatar signed an agreement on defence cooperation in Doha on 12 December 2023, the ministry said. Officials called it a step towards a wider network of partners.
            """,
        ["articles/qatar-kazakhstan-second-report.txt"] = """
            Doha and Astana deepen military ties

            By Omar Farouk, published 15 December 2023

            Qatar and Kazakhstan signed a defence cooperation agreement on 12 December 2023 during a visit of the Kazakh minister to the Gulf, according to a statement. Analysts expect joint training to follow next year.
            """,
        ["articles/singapore-bahrain.txt"] = """
            Singapore and Bahrain sign defence cooperation memorandum

            By Lee Wei, published 5 March 2024

            Singapore and Bahrain signed a memorandum of understanding on defence cooperation in Manama on 4 March 2024, the ministry said.
            """,
        [XssDocumentId] = """
            Norway and Estonia sign defence agreement <script>window.__pwned = 'title'</script>

            By <img src=x onerror="window.__pwned='byline'">, published 8 May 2024

            Norway and Estonia signed a defence cooperation agreement in Tallinn on 7 May 2024 <script>window.__pwned = 'text'</script> with <img src=x onerror="window.__pwned='img'"> attached, officials said.
            """,
    };
}
