using Pacta.Core.Analytics;
using Pacta.Core.Model;
using Xunit;

namespace Pacta.Core.Tests.Analytics;

public sealed class PeriodTests
{
    [Fact]
    public void Years_BothEndsIncluded()
    {
        var period = Period.Years(2022, 2023);
        Assert.True(period.Includes(PartialDate.Parse("2022-01-01")));
        Assert.True(period.Includes(PartialDate.Parse("2023-12")));
        Assert.False(period.Includes(PartialDate.Parse("2024")));
        Assert.False(period.Includes(null));
    }

    [Fact]
    public void AllTime_TakesUndatedFacts() => Assert.True(Period.AllTime.Includes(null));

    [Fact]
    public void Years_Reversed_Throws() => Assert.Throws<ArgumentOutOfRangeException>(() => Period.Years(2024, 2023));

    [Fact]
    public void ToString_ReadsAsYears() =>
        Assert.Equal(("2023", "2022–2023", "all time"), (Period.Year(2023).ToString(), Period.Years(2022, 2023).ToString(), Period.AllTime.ToString()));
}
