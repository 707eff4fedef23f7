namespace Pacta.Ingest.Tests.Support;

/// <summary>Web pages written for these tests (never copied from shared/): an article surrounded by the usual
/// boilerplate, each piece of which carries a marker word the tests look for.</summary>
internal static class Pages
{
    public const string Body1 = "Ruritania and Freedonia signed a defence cooperation agreement in Strelsau on Monday, the two ministries said.";
    public const string Body2 = "The accord covers joint exercises, officer training and the exchange of military information.";

    public static string NewsArticle(string lang = "en", string? jsonLd = null, string head = "", string body2 = Body2) => $$"""
        <!DOCTYPE html>
        <html lang="{{lang}}">
        <head>
        <meta charset="utf-8">
        <title>Ruritania, Freedonia sign defence pact | The Daily Example</title>
        <link rel="canonical" href="https://news.example/2024/05/06/ruritania-freedonia-pact">
        <meta property="og:title" content="Ruritania and Freedonia sign defence pact (og)">
        {{head}}
        <script type="application/ld+json">{{jsonLd ?? DefaultJsonLd}}</script>
        <script>var tracker = "SCRIPTMARKER";</script>
        <style>.x { color: red } /* STYLEMARKER */</style>
        </head>
        <body>
        <div id="cookie-consent" class="cookie-banner"><p>We use cookies COOKIEMARKER to measure our audience and improve your experience on this site.</p><button>Accept</button></div>
        <header class="site-header"><a href="/">The Daily Example MASTHEADMARKER</a>
        <nav><ul><li><a href="/world">World NAVMARKER</a></li><li><a href="/defence">Defence</a></li><li><a href="/economy">Economy</a></li></ul></nav></header>
        <main>
        <article>
        <h1>Ruritania and Freedonia sign defence pact</h1>
        <div class="byline">By <a rel="author" href="/a/jane">Jane Roe</a> BYLINEMARKER</div>
        <time datetime="2024-05-06T09:30:00+02:00">6 May 2024</time>
        <div class="share-tools"><a href="#">Share on X SHAREMARKER</a></div>
        <p>{{Body1}}</p>
        <aside class="inline-promo"><p>Subscribe to our newsletter PROMOMARKER for the week's defence news in your inbox.</p></aside>
        <p>{{body2}}</p>
        </article>
        <aside class="related"><h2>Related</h2><ul><li><a href="/x">Freedonia and Ruritania to sign a treaty RELATEDMARKER next year</a></li></ul></aside>
        <section id="comments" class="comments"><h2>Comments</h2>
        <div class="comment"><time datetime="2024-05-09T12:00:00Z">9 May</time><p>Great news, they signed a pact in 2019 too COMMENTMARKER.</p></div></section>
        </main>
        <footer class="site-footer"><p>© 2024 The Daily Example FOOTERMARKER</p></footer>
        </body>
        </html>
        """;

    public const string DefaultJsonLd = """
        {"@context":"https://schema.org","@type":"NewsArticle","headline":"Ruritania and Freedonia sign defence pact",
         "datePublished":"2024-05-06T09:30:00+02:00","author":[{"@type":"Person","name":"Jane Roe"},{"@type":"Person","name":"John Doe"}],
         "inLanguage":"en-GB"}
        """;

    public static readonly string[] BoilerplateMarkers =
        ["SCRIPTMARKER", "STYLEMARKER", "COOKIEMARKER", "MASTHEADMARKER", "NAVMARKER", "BYLINEMARKER", "SHAREMARKER", "PROMOMARKER", "RELATEDMARKER", "COMMENTMARKER", "FOOTERMARKER"];
}
