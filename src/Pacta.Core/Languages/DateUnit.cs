namespace Pacta.Core.Languages;

public enum DateUnit
{
    Day,
    Week,
    Month,
    Year,
}
