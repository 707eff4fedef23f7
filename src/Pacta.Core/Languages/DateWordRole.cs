namespace Pacta.Core.Languages;

public enum DateWordRole
{
    YearMarker,
    DayMarker,
    Last,
    Next,
    OrdinalSuffix,

    /// <summary>"published", "publié", "опубликовано": introduces the publication date in a header.</summary>
    Published,

    /// <summary>"since", "depuis", "desde", "seit", "после", "beri": the date bounds a period ("the troops have been there
    /// since July 2021"), it is not when something was signed.</summary>
    Since,

    /// <summary>"that year", "the same year", "la même année", "ese año" after a month: the year the sentence named
    /// before ("signed in 2024 and approved in December of that year").</summary>
    SameYear,
}
