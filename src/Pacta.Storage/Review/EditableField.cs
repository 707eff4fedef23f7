using Pacta.Core.Model;

namespace Pacta.Storage.Review;

/// <summary>The fields an analyst can edit, and how their values are checked and applied.</summary>
public static class EditableField
{
    public static IReadOnlyList<string> Names { get; } = ["status", "date", "kind", "domain", "place"];

    /// <summary>Null when <paramref name="value"/> is a valid value of <paramref name="field"/>, else why not.</summary>
    public static string? Check(string field, string value) => field switch
    {
        "status" => Vocabulary.TryParseStatus(value, out _) ? null : $"status '{value}' is not one of {string.Join(", ", Enum.GetValues<AgreementStatus>().Select(s => s.ToGold()))}",
        "date" => value.Length == 0 || PartialDate.TryParse(value, out _) ? null : $"date '{value}' is not YYYY, YYYY-MM or YYYY-MM-DD",
        "kind" => Vocabulary.TryParseKind(value, out _) ? null : $"kind '{value}' is not one of {string.Join(", ", Enum.GetValues<AgreementKind>().Select(k => k.ToGold()))}",
        "domain" => Vocabulary.TryParseDomain(value, out _) ? null : $"domain '{value}' is not one of {string.Join(", ", Enum.GetValues<AgreementDomain>().Select(d => d.ToGold()))}",
        "place" => null,
        _ => $"'{field}' cannot be edited (only {string.Join(", ", Names)})",
    };

    /// <summary>The agreement with <paramref name="field"/> set to <paramref name="value"/>; unchanged when the value
    /// no longer parses (a decision is never lost, only skipped).</summary>
    public static Agreement Apply(Agreement agreement, string field, string value) => field switch
    {
        "status" when Vocabulary.TryParseStatus(value, out var status) => agreement with { Status = status },
        "date" when value.Length == 0 => agreement with { Date = null },
        "date" when PartialDate.TryParse(value, out var date) => agreement with { Date = date },
        "kind" when Vocabulary.TryParseKind(value, out var kind) => agreement with { Kind = kind },
        "domain" when Vocabulary.TryParseDomain(value, out var domain) => agreement with { Domain = domain },
        "place" => agreement with { Place = value.Length == 0 ? null : value },
        _ => agreement,
    };
}
