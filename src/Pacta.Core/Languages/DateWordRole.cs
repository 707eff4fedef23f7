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
}
