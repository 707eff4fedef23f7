using System.Text.Json;

namespace Pacta.TestKit;

/// <summary>One case of a case file: a sentence we wrote, its publication date, what must be found, and why.</summary>
public sealed class TestCaseData
{
    public string Text { get; set; } = "";

    public string? Published { get; set; }

    public List<JsonElement> Expected { get; set; } = [];

    public string? Note { get; set; }

    public string? Skip { get; set; }
}
