using Pacta.Storage;

namespace Pacta.Web.Queries;

/// <summary>The orders a listing can be sorted in. Ties keep the store's order (latest first), so pages are stable.</summary>
public sealed record AgreementSort(string Key, bool Descending)
{
    public static readonly AgreementSort Default = new("date", Descending: true);

    public static IReadOnlyList<string> Keys { get; } = ["date", "confidence", "sources", "parties", "status", "id"];

    /// <summary>"date", "-confidence"…; null when the key is unknown.</summary>
    public static AgreementSort? Parse(string text)
    {
        var descending = text.StartsWith('-');
        var key = descending ? text[1..] : text;
        return Keys.Contains(key, StringComparer.Ordinal) ? new AgreementSort(key, descending) : null;
    }

    public IEnumerable<StoredAgreement> Apply(IReadOnlyList<StoredAgreement> inStoreOrder)
    {
        if (this == Default)
        {
            return inStoreOrder;
        }

        return Key switch
        {
            "date" => Order(inStoreOrder, a => a.Agreement.Date, Comparer<Core.Model.PartialDate?>.Default),
            "confidence" => Order(inStoreOrder, a => a.Agreement.Confidence, Comparer<double>.Default),
            "sources" => Order(inStoreOrder, a => a.Sources, Comparer<int>.Default),
            "parties" => Order(inStoreOrder, a => a.PartyKey, StringComparer.Ordinal),
            "status" => Order(inStoreOrder, a => a.Agreement.Status, Comparer<Core.Model.AgreementStatus>.Default),
            _ => Order(inStoreOrder, a => a.Id, StringComparer.Ordinal),
        };
    }

    private IEnumerable<StoredAgreement> Order<TKey>(IEnumerable<StoredAgreement> items, Func<StoredAgreement, TKey> key, IComparer<TKey> comparer) =>
        Descending ? items.OrderByDescending(key, comparer) : items.OrderBy(key, comparer);
}
