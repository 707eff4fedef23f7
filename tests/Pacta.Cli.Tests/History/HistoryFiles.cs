namespace Pacta.Cli.Tests.History;

/// <summary>A small DCAD file in the official layout and news articles, all written for these tests (not DCAD's rows,
/// not corpus text).</summary>
internal static class HistoryFiles
{
    public const string OfficialHeader =
        "ccode1,cowName1,ccode2,cowName2,signDay,signMonth,signYear,EIFDay,EIFMonth,EIFYear,type,category1,category2," +
        "category3,span,renewType,renewYears,terminated,durationActual,endYearEstimate,asymmetry,categoryConf,UNTS," +
        "fullText,sourceType,source,factivaConf,factivaSign,factivaEIF,DCAid";

    /// <summary>USA–Kazakhstan signed 14 February 1994, in force 1 May 1994, terminated (end 2004); France–Kazakhstan
    /// twice in 2009 (two rows of one dyad and year: two instruments); Russia–Kazakhstan 1998, year only.</summary>
    public const string Official =
        OfficialHeader + "\n" +
        "2,United States of America,705,Kazakhstan,14,2,1994,1,5,1994,general,training,,,5,1,5,1,10,2004,1,1,1,0,1,test,1,1,1,7001\n" +
        "220,France,705,Kazakhstan,0,0,2009,,,,general,,,,,,,0,,2015,0,,,,,,,,,7002\n" +
        "220,France,705,Kazakhstan,0,0,2009,,,,sector,procurement,,,,,,0,,2015,0,,,,,,,,,7003\n" +
        "365,Russia,705,Kazakhstan,,,1998,,,,general,,,,,,,0,,2010,1,,,,,,,,,7004\n";

    /// <summary>The USA–Kazakhstan instrument of 1994 as a news report dates it: to the month.</summary>
    public const string SameInstrument1994 = """
        Kazakhstan and the United States sign defense cooperation agreement
        By Anna Reed, published 20 February 1994

        Kazakhstan and the United States signed an agreement on defense cooperation in Washington in February 1994.
        The defense ministers said the agreement covers officer training and joint exercises.
        """;

    /// <summary>Another USA–Kazakhstan agreement, twenty years later: a record of its own.</summary>
    public const string Later2015 = """
        Astana and Washington sign a new military cooperation agreement
        By Anna Reed, published 11 March 2015

        Kazakhstan and the United States signed an agreement on military cooperation in Astana on 10 March 2015.
        The document covers the training of peacekeeping units.
        """;
}
