using System.Security.Cryptography;
using System.Text;
using Pacta.Core.Model;

namespace Pacta.Storage.Merging;

/// <summary>
/// Stable keys for mentions, so an analyst's <c>split ID --mention M</c> still names the same mention after the
/// extractor is re-run: the document, where its first evidence starts and the kind of instrument, hashed to a short
/// token (<c>m-3fa2c1d0</c>). Two mentions with the same three in one document get <c>-2</c>, <c>-3</c> in their
/// extraction order.
/// </summary>
public static class MentionKeys
{
    public static IReadOnlyList<string> For(IReadOnlyList<AgreementMention> mentions)
    {
        var keys = new List<string>(mentions.Count);
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var start = mention.Evidence.Count > 0 ? mention.Evidence.Min(e => e.Span.Start) : 0;
            var key = Hash($"{mention.DocumentId}\n{start}\n{mention.Kind.ToGold()}");
            var count = seen[key] = seen.GetValueOrDefault(key) + 1;
            keys.Add(count == 1 ? key : $"{key}-{count}");
        }

        return keys;
    }

    private static string Hash(string text) =>
        "m-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)).AsSpan(0, 8));
}
