using Pacta.Core.Model;
using Xunit;

namespace Pacta.Storage.Tests;

public abstract partial class AgreementStoreContract
{
    private const string WireStory = """
        Kazakhstan and Qatar signed an agreement on military cooperation in Doha on Tuesday, the defence ministry said.
        The document covers joint exercises, training of officers at military academies, exchanges of experience in
        peacekeeping and cooperation between the defence industries of the two countries. The ministers also discussed
        regional security and agreed to hold the first meeting of a joint working group early next year.
        """;

    private const string OtherStory = """
        Qatar and Kazakhstan deepen defence ties. Officials in Astana described the new military cooperation pact as a
        step towards diversifying partners. An analyst at a local institute said the deal reflects a wider strategy of
        balancing between great powers while building a domestic arms industry with foreign help.
        """;

    [SkippableFact]
    public async Task SaveAsync_SyndicatedCopies_CountAsOneReportWithSeveralSources()
    {
        await Store.SaveAsync(Article("site-a", "Kazakhstan, Qatar sign military pact\n" + WireStory, Mention("site-a", "KAZ-QAT", "2023-12-12")), T0);
        await Store.SaveAsync(Article("site-b", "Kazakhstan and Qatar sign military cooperation agreement\nBy Wire staff\n" + WireStory + "\nRead more on our site.", Mention("site-b", "KAZ-QAT", "2023-12-12")), T1);
        await Store.SaveAsync(Article("site-c", OtherStory, Mention("site-c", "KAZ-QAT", "2023-12-12")), T2);

        var stored = await SingleAgreementAsync();

        Assert.Equal(3, stored.Sources);
        Assert.Equal(2, stored.Reports);
        Assert.Equal(["site-a", "site-a", "site-c"], stored.SourceDocuments.Select(d => d.ReportId));
    }

    [SkippableFact]
    public async Task SaveAsync_NearDuplicateBridgingTwoReports_NamesTheReportAfterItsSmallestDocumentId()
    {
        var longer = WireStory + " The agreement will enter into force after ratification by both parliaments.";
        await Store.SaveAsync(Article("z", WireStory, Mention("z", "KAZ-QAT", "2023-12-12")), T0);
        await Store.SaveAsync(Article("m", longer, Mention("m", "KAZ-QAT", "2023-12-12")), T1);
        await Store.SaveAsync(Article("a", longer + " Photo: ministry.", Mention("a", "KAZ-QAT", "2023-12-12")), T2);

        var stored = await SingleAgreementAsync();

        Assert.Equal(1, stored.Reports);
        Assert.All(stored.SourceDocuments, d => Assert.Equal("a", d.ReportId));
    }
}
