namespace Pacta.Core.Languages;

/// <summary>"yesterday" = -1 day; "next month" = +1 month; "this year" = 0 year.</summary>
public sealed record RelativeDate(int Offset, DateUnit Unit);
