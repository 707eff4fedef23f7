using System.Globalization;
using Pacta.Core.Model;
using Pacta.Storage;

namespace Pacta.Cli.Output;

/// <summary>Short plain-text forms of an agreement's parts, shared by the tables and CSV of several commands.</summary>
internal static class AgreementText
{
    /// <summary>"planned 2023-11 → signed 2023-12-12 → ratified".</summary>
    public static string History(StoredAgreement stored) =>
        string.Join(" → ", stored.History.Select(s => s.Date is { } date ? $"{s.Status.ToGold()} {date}" : s.Status.ToGold()));

    public static string Review(StoredAgreement stored) =>
        stored.Review.ToString().ToLowerInvariant() + (stored.Edited ? ", edited" : "");

    public static string Day(DateTimeOffset value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
