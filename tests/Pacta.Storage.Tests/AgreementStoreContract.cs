using System.Globalization;
using System.Text;
using Pacta.Core.Model;
using Xunit;

namespace Pacta.Storage.Tests;

/// <summary>
/// The behaviour every <see cref="IAgreementStore"/> provider must have. A provider's test class derives from
/// this one and says how to open a store on a fresh database; the tests here run against each provider.
/// </summary>
public abstract partial class AgreementStoreContract : IAsyncLifetime
{
    protected static readonly DateTimeOffset T0 = new(2024, 3, 5, 10, 0, 0, TimeSpan.Zero);
    protected static readonly DateTimeOffset T1 = T0.AddHours(1);
    protected static readonly DateTimeOffset T2 = T0.AddHours(2);

    private IAgreementStore? _store;

    protected IAgreementStore Store => _store ?? throw new InvalidOperationException("The store is not open.");

    /// <summary>Opens a store on this test's database: a fresh one the first time, the same one afterwards.</summary>
    protected abstract IAgreementStore OpenStore();

    /// <summary>Deletes this test's database, after the store is closed.</summary>
    protected virtual Task DeleteDatabaseAsync() => Task.CompletedTask;

    /// <summary>Empties this test's database (the store is closed), so the next <see cref="OpenStore"/> starts afresh.</summary>
    protected abstract Task ClearDatabaseAsync();

    public Task InitializeAsync()
    {
        _store = OpenStore();
        return Task.CompletedTask;
    }

    public async Task DisposeAsync()
    {
        if (_store is not null)
        {
            await _store.DisposeAsync();
            _store = null;
        }

        await DeleteDatabaseAsync();
    }

    /// <summary>Closes the store and opens it on a fresh, empty database.</summary>
    protected async Task ClearAsync()
    {
        await Store.DisposeAsync();
        await ClearDatabaseAsync();
        _store = OpenStore();
    }

    /// <summary>Closes the store and opens it again on the same database.</summary>
    protected async Task ReopenAsync()
    {
        await Store.DisposeAsync();
        _store = OpenStore();
    }

    protected static ExtractionResult Article(string id, string text, params AgreementMention[] mentions) =>
        new(new Document(id, "test:" + id, text, Title: "Title of " + id, Published: new DateOnly(2024, 3, 1), Language: "fr"), mentions);

    protected static AgreementMention Mention(
        string documentId,
        string parties,
        string? date,
        AgreementStatus status = AgreementStatus.Signed,
        AgreementKind kind = AgreementKind.Agreement,
        AgreementDomain domain = AgreementDomain.Defense,
        string? place = null,
        string[]? signatories = null,
        double confidence = 0.8,
        int evidenceStart = 0,
        string quote = "Les deux pays ont signé un accord de défense.")
    {
        var codes = parties.Split('-').Select(p => new PartyCode(p)).ToList();
        var span = new TextSpan(evidenceStart, quote.Length);
        return new AgreementMention(
            documentId,
            codes,
            date is null ? null : PartialDate.Parse(date),
            status,
            kind,
            domain,
            place,
            signatories ?? [],
            confidence,
            [new Evidence(documentId, span, quote)],
            [.. codes.Select(c => new FieldEvidence("parties", c.Value, span, c.Value)), new FieldEvidence("status", status.ToGold(), span, "signé")]);
    }

    /// <summary>Everything a listing shows, as one string, so two listings can be compared whole.</summary>
    /// <param name="withIds">False to leave the id text out: ids are minted from an agreement's first report and then
    /// frozen, so only they may differ between ingestion orders.</param>
    protected static string Snapshot(IEnumerable<StoredAgreement> agreements, bool withIds = true)
    {
        var text = new StringBuilder();
        foreach (var s in agreements.OrderBy(a => a.PartyKey, StringComparer.Ordinal).ThenBy(a => a.Agreement.Date).ThenBy(a => a.Agreement.Kind).ThenBy(a => a.Mentions[0].Key, StringComparer.Ordinal))
        {
            var a = s.Agreement;
            text.Append(CultureInfo.InvariantCulture, $"{(withIds ? a.Id : "")}|{s.PartyKey}|{a.Date}|{a.Status}|{a.Kind}|{a.Domain}|{a.Place}|{string.Join(";", a.Signatories)}|{a.Confidence}|");
            text.Append(CultureInfo.InvariantCulture, $"{string.Join(";", s.Documents)}|{s.FirstSeen:O}|{s.LastSeen:O}|");
            text.AppendJoin(";", a.Evidence.Select(e => $"{e.DocumentId}@{e.Span}:{e.Quote}")).Append('|');
            text.AppendJoin(";", s.History.Select(h => $"{h.Status}@{h.Date}:{string.Join(",", h.MentionKeys)}"));
            text.Append(CultureInfo.InvariantCulture, $"|{s.Reports}|{s.Review}|{s.Edited}").AppendLine();
        }

        return text.ToString();
    }

    protected async Task<StoredAgreement> SingleAgreementAsync() => Assert.Single(await Store.ListAgreementsAsync(AgreementQuery.All));
}
