namespace Pacta.Core.Model;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}
