using System.Text;
using Pacta.Ingest.Encodings;
using Xunit;

namespace Pacta.Ingest.Tests.Encodings;

public sealed class TextDecoderTests
{
    static TextDecoderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Sentences written for these tests, one per legacy code page common in the news Pacta reads.</summary>
    public static TheoryData<string, int, string> Legacy => new()
    {
        { "windows-1251", 1251, "Министр обороны России и его казахстанский коллега подписали соглашение о военном сотрудничестве в Астане." },
        { "koi8-r", 20866, "Министр обороны России и его казахстанский коллега подписали соглашение о военном сотрудничестве в Астане." },
        { "windows-1256", 1256, "وقع وزير الدفاع القطري ونظيره الكازاخستاني اتفاقية للتعاون العسكري في الدوحة يوم الثلاثاء." },
        { "windows-1252", 1252, "Le ministre français des Armées a signé à Niamey un accord de coopération en matière de défense, jugé « historique »." },
        { "iso-8859-9", 28599, "Türkiye ile Kazakistan arasında askeri işbirliği anlaşması imzalandı; bakan anlaşmanın iki ülke için önemli olduğunu söyledi." },
    };

    [Theory]
    [MemberData(nameof(Legacy))]
    public void Decode_UndeclaredLegacyPage_DetectsIt(string expectedName, int codePage, string sentence)
    {
        var bytes = Encoding.GetEncoding(codePage).GetBytes(sentence);

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal(sentence, decoded.Text);
        Assert.Equal(expectedName, decoded.EncodingName);
        Assert.Equal("detected", decoded.How);
    }

    [Theory]
    [MemberData(nameof(Legacy))]
    public void Decode_ShortHeadlineInLegacyPage_DetectsIt(string expectedName, int codePage, string sentence)
    {
        var headline = string.Join(' ', sentence.Split(' ').Take(5));
        var bytes = Encoding.GetEncoding(codePage).GetBytes(headline);

        Assert.Equal(headline, TextDecoder.Decode(bytes).Text);
        _ = expectedName;
    }

    [Fact]
    public void Decode_DeclaredCharset_WinsOverDetection()
    {
        var bytes = Encoding.GetEncoding(20866).GetBytes("Соглашение подписано");

        var decoded = TextDecoder.Decode(bytes, "KOI8-R");

        Assert.Equal("Соглашение подписано", decoded.Text);
        Assert.Equal("declared", decoded.How);
    }

    [Fact]
    public void Decode_UnknownDeclaredCharset_FallsBackToDetection()
    {
        var decoded = TextDecoder.Decode("accord signé"u8.ToArray(), "x-no-such-charset");

        Assert.Equal("accord signé", decoded.Text);
    }

    [Theory]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF }, "utf-8")]
    [InlineData(new byte[] { 0xFF, 0xFE }, "utf-16le")]
    [InlineData(new byte[] { 0xFE, 0xFF }, "utf-16be")]
    public void Decode_ByteOrderMark_WinsAndIsDropped(byte[] bom, string expectedName)
    {
        var encoding = expectedName switch { "utf-16le" => Encoding.Unicode, "utf-16be" => Encoding.BigEndianUnicode, _ => new UTF8Encoding(false) };
        var bytes = bom.Concat(encoding.GetBytes("Anlaşma imzalandı")).ToArray();

        var decoded = TextDecoder.Decode(bytes, "windows-1252");

        Assert.Equal("Anlaşma imzalandı", decoded.Text);
        Assert.Equal(expectedName, decoded.EncodingName);
        Assert.Equal("byte-order mark", decoded.How);
    }

    [Fact]
    public void Decode_InvalidUtf8InUtf8Text_ReplacesTheBadBytesAndWarns()
    {
        byte[] bytes = [.. "Соглашение "u8, 0xC3, 0x28, .. " подписано"u8, 0xE2, 0x82];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Equal("utf-8", decoded.EncodingName);
        Assert.StartsWith("Соглашение \uFFFD(", decoded.Text, StringComparison.Ordinal);
        Assert.Contains("invalid UTF-8: 2 bad byte sequence(s)", decoded.Warning, StringComparison.Ordinal);
    }

    [Fact]
    public void Decode_Binary_IsRefused()
    {
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52];

        var decoded = TextDecoder.Decode(bytes);

        Assert.Null(decoded.Text);
        Assert.Equal("binary content, not text", decoded.Error);
    }
}
