namespace Pacta.Storage;

/// <summary>What a listing is sorted by. Ties keep the listing order (latest first, then id), so pages are stable.</summary>
public enum AgreementSortKey
{
    /// <summary>The first day the agreement's date can stand for, then the last; undated ones come last when
    /// descending and first when ascending.</summary>
    Date,
    Confidence,

    /// <summary>How many source documents report it.</summary>
    Sources,

    /// <summary>The sorted party codes joined by '-'.</summary>
    Parties,

    /// <summary>The order of the steps: planned, signed, ratified, in force, terminated.</summary>
    Status,
    Id,
}

/// <summary>A sort key and its direction; <see cref="LatestFirst"/> is the listing order.</summary>
public sealed record AgreementOrder(AgreementSortKey Key, bool Descending)
{
    public static readonly AgreementOrder LatestFirst = new(AgreementSortKey.Date, Descending: true);

    /// <summary>The names <see cref="Parse"/> accepts, lower case.</summary>
    public static IReadOnlyList<string> Names { get; } = Enum.GetNames<AgreementSortKey>().Select(n => n.ToLowerInvariant()).ToArray();

    /// <summary>"date", "-confidence"…: a key name, descending with a leading '-'; null when the key is unknown.</summary>
    public static AgreementOrder? Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var descending = text.StartsWith('-');
        var name = descending ? text[1..] : text;
        return Names.Contains(name, StringComparer.Ordinal) && Enum.TryParse<AgreementSortKey>(name, ignoreCase: true, out var key)
            ? new AgreementOrder(key, descending)
            : null;
    }

    public override string ToString() => (Descending ? "-" : "") + Key.ToString().ToLowerInvariant();
}
