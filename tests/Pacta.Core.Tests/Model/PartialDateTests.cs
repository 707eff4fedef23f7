using Pacta.Core.Model;
using Xunit;

namespace Pacta.Core.Tests.Model;

public sealed class PartialDateTests
{
    [Theory]
    [InlineData("2023", DatePrecision.Year)]
    [InlineData("2023-12", DatePrecision.Month)]
    [InlineData("2023-12-12", DatePrecision.Day)]
    public void Parse_GoldForms_RoundTrip(string text, DatePrecision precision)
    {
        var date = PartialDate.Parse(text);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(text, date.ToString());
    }

    [Theory]
    [InlineData("2023-13")]
    [InlineData("2023-02-30")]
    [InlineData("23-12-12")]
    [InlineData("December 2023")]
    [InlineData("")]
    public void TryParse_InvalidText_ReturnsFalse(string text) => Assert.False(PartialDate.TryParse(text, out _));

    [Fact]
    public void IsCompatibleWith_MonthAndDayInIt_IsTrue() =>
        Assert.True(PartialDate.Parse("2023-12").IsCompatibleWith(PartialDate.Parse("2023-12-12")));

    [Fact]
    public void IsCompatibleWith_DifferentDays_IsFalse() =>
        Assert.False(PartialDate.Parse("2023-12-11").IsCompatibleWith(PartialDate.Parse("2023-12-12")));

    [Fact]
    public void PartyCode_UnknownOrganisation_Throws() =>
        Assert.Throws<ArgumentException>(() => new PartyCode("NAFTA"));
}
