namespace Pacta.Ingest.Encodings;

/// <summary>Bytes turned into text, with how the encoding was chosen and what was repaired (a warning the reader
/// passes on); or the reason they could not be decoded.</summary>
public sealed record DecodedText(string? Text, string? EncodingName, string? How, string? Warning, string? Error)
{
    public static DecodedText Ok(string text, string encodingName, string how, string? warning = null) =>
        new(text, encodingName, how, warning, null);

    public static DecodedText Failed(string error) => new(null, null, null, null, error);
}
