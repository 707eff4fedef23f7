using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Pacta.Cli.Output;
using Pacta.Core.Model;
using Pacta.Ingest.Readers;
using Pacta.TestKit;
using Xunit;

namespace Pacta.Cli.Tests;

/// <summary>
/// Random and mutated text, HTML and JSON Lines through reading and the whole extraction pipeline: no exception
/// escapes, every evidence span lies inside its document, and the same input gives the same output twice.
/// FsCheck draws the inserted strings and the seeds of the mutations.
/// </summary>
public sealed class PipelinePropertyTests : IDisposable
{
    private const string Seed = "Spain and Morocco sign defence pact\n\nSpain and Morocco signed a defence cooperation agreement in Rabat on 27 February 2024. " +
        "Россия и Казахстан подписали соглашение о военном сотрудничестве. وقعت قطر وتركيا اتفاقية للتعاون العسكري.";

    private static readonly string[] Tags = ["p", "div", "article", "nav", "script", "h1", "aside", "time", "span", "!--", "br"];

    private readonly TempDirectory _folder = new();
    private readonly Core.Pipeline.ExtractionPipeline _pipeline = PipelineFactory.Create(null, 0, null);
    private int _files;

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void AnyMutatedText_ReadsAndExtractsSafelyAndTheSameTwice() =>
        Check(".txt", (inserted, seed) => Mutate(Seed, inserted, seed));

    [Fact]
    public void AnyMutatedHtml_ReadsAndExtractsSafelyAndTheSameTwice() =>
        Check(".html", (inserted, seed) => Html(Mutate(Seed, inserted, seed), seed));

    [Fact]
    public void AnyMutatedJsonLines_ReadsAndExtractsSafelyAndTheSameTwice() =>
        Check(".jsonl", (inserted, seed) =>
        {
            var text = System.Text.Json.JsonSerializer.Serialize(Mutate(Seed, inserted, seed));
            var line = $"{{\"text\":{text},\"title\":\"t\",\"published\":\"{inserted}\"}}";
            return Encoding.UTF8.GetBytes(Mutate(line + "\n" + line, "", seed + 1));
        });

    [Fact]
    public void AnyBytesWithoutExtension_AreSniffedAndReadSafely() =>
        Check("", (inserted, seed) =>
        {
            var bytes = new byte[new Random(seed).Next(0, 2048)];
            new Random(seed).NextBytes(bytes);
            return [.. Encoding.UTF8.GetBytes(inserted), .. bytes];
        });

    private void Check(string extension, Func<string, int, string> make) =>
        Check(extension, (inserted, seed) => Encoding.UTF8.GetBytes(make(inserted, seed)));

    private void Check(string extension, Func<string, int, byte[]> make)
    {
        var property = Prop.ForAll(
            ArbMap.Default.ArbFor<string>(),
            ArbMap.Default.ArbFor<int>(),
            (inserted, seed) =>
            {
                var bytes = make(inserted ?? "", seed);
                var first = Run(bytes, extension);
                var second = Run(bytes, extension);
                return first == second;
            });
        property.QuickCheckThrowOnFailure();
    }

    /// <summary>Reads the bytes as a file and extracts; asserts the spans; returns the whole output as one string.</summary>
    private string Run(byte[] bytes, string extension)
    {
        var path = _folder.Combine($"{Interlocked.Increment(ref _files)}{extension}");
        File.WriteAllBytes(path, bytes);
        var output = new StringBuilder();
        foreach (var read in new DocumentReader().ReadPath(path))
        {
            if (read.Document is null)
            {
                output.AppendLine(read.Error);
                continue;
            }

            var result = _pipeline.Process(read.Document with { Id = "doc", Source = "doc" });
            foreach (var agreement in result.Agreements)
            {
                AssertInside(result.Document.Text, agreement.Evidence.Select(e => e.Span).Concat(agreement.Fields.Select(f => f.Span)));
            }

            output.AppendLine(JsonShapes.Document(result).ToJsonString(JsonShapes.Compact));
        }

        File.Delete(path);
        return output.ToString();
    }

    private static void AssertInside(string text, IEnumerable<TextSpan> spans)
    {
        foreach (var span in spans)
        {
            Assert.InRange(span.Start, 0, text.Length);
            Assert.InRange(span.Start + span.Length, span.Start, text.Length);
        }
    }

    /// <summary>Inserts <paramref name="inserted"/>, deletes a slice and swaps characters, at places drawn from
    /// <paramref name="seed"/>.</summary>
    private static string Mutate(string text, string inserted, int seed)
    {
        var random = new Random(seed);
        var builder = new StringBuilder(text);
        for (var i = random.Next(4); i >= 0; i--)
        {
            switch (random.Next(3))
            {
                case 0:
                    builder.Insert(random.Next(builder.Length + 1), inserted);
                    break;
                case 1 when builder.Length > 0:
                    var start = random.Next(builder.Length);
                    builder.Remove(start, random.Next(Math.Min(20, builder.Length - start) + 1));
                    break;
                case 2 when builder.Length > 1:
                    var at = random.Next(builder.Length - 1);
                    (builder[at], builder[at + 1]) = (builder[at + 1], builder[at]);
                    break;
            }
        }

        return builder.ToString();
    }

    /// <summary>Wraps the sentences of <paramref name="text"/> in tags drawn from <paramref name="seed"/>, some
    /// left unclosed.</summary>
    private static string Html(string text, int seed)
    {
        var random = new Random(seed);
        var html = new StringBuilder("<html><head><title>t</title></head><body>");
        foreach (var piece in text.Split(". "))
        {
            var tag = Tags[random.Next(Tags.Length)];
            html.Append($"<{tag}>{piece}");
            if (random.Next(3) > 0)
            {
                html.Append($"</{tag}>");
            }
        }

        return html.Append("</body></html>").ToString();
    }
}
