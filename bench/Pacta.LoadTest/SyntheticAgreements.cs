using System.Globalization;
using Pacta.Core.Model;

namespace Pacta.LoadTest;

/// <summary>
/// Deterministic synthetic data for load tests: agreement <c>i</c> is always the same one-mention document, so two
/// seeded databases of the same size hold the same agreements. Party sets are pairs of made-up alpha-3 codes
/// (<see cref="Codes"/>: AAA, AAB, …), enough of them that each pair has a handful of agreements, as real data
/// does; dates of one pair are 41 days apart, so every mention is an instrument of its own.
/// </summary>
public static class SyntheticAgreements
{
    public const int CodeCount = 200;

    public static IReadOnlyList<string> Codes { get; } = Enumerable.Range(0, CodeCount)
        .Select(i => string.Concat((char)('A' + (i / 676 % 26)), (char)('A' + (i / 26 % 26)), (char)('A' + (i % 26))))
        .ToList();

    private static readonly int PairCount = CodeCount * (CodeCount - 1) / 2;
    private static readonly DateOnly FirstDay = new(1990, 1, 1);
    private static readonly string[] Places = ["Rabat", "Doha", "Astana", "Ankara", "Belgrade", "Canberra", "Paris", "Warsaw"];
    private static readonly AgreementKind[] Kinds = [AgreementKind.Agreement, AgreementKind.Memorandum, AgreementKind.Protocol, AgreementKind.Plan];

    /// <summary>A day within the seeded dates for a "since" filter (the <paramref name="n"/>-th of 240 in turn): 100,000
    /// agreements span 1990-01-01 to 1990-08-30, so the filter matches from nearly all of them to a few.</summary>
    public static DateOnly Since(int n) => FirstDay.AddDays(n % 240);

    /// <summary>The <paramref name="index"/>-th synthetic document and its one mention.</summary>
    public static ExtractionResult Create(int index)
    {
        var pair = (int)((index * 7919L) % PairCount);
        var (a, b) = Pair(pair);
        var round = index / PairCount;
        var date = FirstDay.AddDays((round * 41) + (pair % 37));
        var id = string.Create(CultureInfo.InvariantCulture, $"synthetic-{index:D7}");
        var place = Places[index % Places.Length];
        var sentence = string.Create(CultureInfo.InvariantCulture, $"{a} and {b} signed instrument number {index} in {place} on {date:yyyy-MM-dd}.");
        var text = string.Create(CultureInfo.InvariantCulture, $"Synthetic report {index}\n\n{sentence} Serial {index * 31L:X} of the load-test corpus.");
        var span = new TextSpan(text.IndexOf(sentence, StringComparison.Ordinal), sentence.Length);
        var parties = new[] { new PartyCode(a), new PartyCode(b) };
        var mention = new AgreementMention(
            id,
            parties,
            PartialDate.OfDay(date.Year, date.Month, date.Day),
            index % 10 == 0 ? AgreementStatus.Ratified : AgreementStatus.Signed,
            Kinds[index % Kinds.Length],
            index % 3 == 0 ? AgreementDomain.Security : AgreementDomain.Defense,
            place,
            [],
            0.5 + (index % 50 / 100.0),
            [new Evidence(id, span, sentence)],
            [.. parties.Select(p => new FieldEvidence("parties", p.Value, span, p.Value))]);
        return new ExtractionResult(new Document(id, "synthetic:" + id, text, $"Synthetic report {index}", null, date, "en"), [mention]);
    }

    /// <summary>The codes of the <paramref name="pair"/>-th unordered pair (row-major over the upper triangle).</summary>
    private static (string A, string B) Pair(int pair)
    {
        var first = 0;
        var remaining = pair;
        while (remaining >= CodeCount - 1 - first)
        {
            remaining -= CodeCount - 1 - first;
            first++;
        }

        return (Codes[first], Codes[first + 1 + remaining]);
    }
}
