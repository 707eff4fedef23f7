using Pacta.Core.Text;
using Xunit;

namespace Pacta.Core.Tests.Text;

public sealed partial class KeyNormalizerTests
{
    [Theory]
    [InlineData("Türkiye", "turkiye")]
    [InlineData("CÔTE", "cote")]
    [InlineData("Ёлка", "елка")]
    [InlineData("İstanbul", "istanbul")]
    [InlineData("ایران", "ايران")]
    [InlineData("۱۴۰۲", "1402")]
    [InlineData("أنقرة", "انقره")]
    public void Normalize_Variants_MeetOnOneKey(string word, string key) => Assert.Equal(key, KeyNormalizer.Normalize(word));
}
