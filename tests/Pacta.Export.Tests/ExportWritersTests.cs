using Xunit;

namespace Pacta.Export.Tests;

public sealed class ExportWritersTests
{
    [Fact]
    public void For_EveryFormat_HasOneWriterWithAnExtension() =>
        Assert.All(Enum.GetValues<ExportFormat>(), format =>
        {
            var writer = ExportWriters.For(format);
            Assert.Equal(format, writer.Format);
            Assert.StartsWith(".", writer.FileExtension, StringComparison.Ordinal);
        });

    [Fact]
    public async Task WriteAsync_EveryWriter_LeavesTheStreamOpen()
    {
        foreach (var writer in ExportWriters.All)
        {
            using var output = new MemoryStream();
            await writer.WriteAsync(ExportFacts.All(), output);
            Assert.True(output.CanWrite, writer.Format.ToString());
            Assert.True(output.Length > 0, writer.Format.ToString());
        }
    }
}
