using Pacta.Core.Model;
using Xunit;

namespace Pacta.Core.Tests.Model;

public sealed class PartyCodeTests
{
    // DCAD's 1980s rows name former states; their ISO 3166-3 alpha-3 codes must be valid parties.
    [Theory]
    [InlineData("SUN")]
    [InlineData("YUG")]
    [InlineData("CSK")]
    [InlineData("DDR")]
    [InlineData("YMD")]
    [InlineData("XKX")]
    public void New_HistoricalOrUserAssignedStateCode_IsAStateParty(string code)
    {
        var party = new PartyCode(code);

        Assert.Equal(code, party.Value);
        Assert.False(party.IsOrganization);
    }

    [Theory]
    [InlineData("yug")]
    [InlineData("YU")]
    [InlineData("345")]
    public void IsValid_NotThreeCapitalLetters_IsFalse(string code) => Assert.False(PartyCode.IsValid(code));
}
