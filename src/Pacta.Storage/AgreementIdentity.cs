using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>
/// The rules, shared by every provider, for how well two dates fit one instrument, which date is kept, and how a
/// new agreement is named. Ids are minted once, from the agreement's parties, date and kind when it first appears,
/// and never change afterwards (a more precise date found later updates the date, not the id).
/// </summary>
public static class AgreementIdentity
{
    /// <summary>
    /// How well a mention's date fits a stored agreement's date: null when the two cannot be the same instrument;
    /// otherwise higher is better (equal dates, then dates that agree at the coarser precision, then an unknown
    /// date on both sides, then an unknown date on one side).
    /// </summary>
    public static int? DateFit(PartialDate? mention, PartialDate? stored) => (mention, stored) switch
    {
        (null, null) => 2,
        (null, _) or (_, null) => 1,
        ({ } m, { } s) when m == s => 4,
        ({ } m, { } s) when m.IsCompatibleWith(s) => 3,
        _ => null,
    };

    /// <summary>The more precise of two compatible dates (the stored one when they are equally precise).</summary>
    public static PartialDate? MorePrecise(PartialDate? stored, PartialDate? mention) =>
        stored is not { } s ? mention
        : mention is { } m && m.Precision > s.Precision ? m
        : s;

    /// <summary>A readable id: the sorted parties, the date when known and the kind, e.g.
    /// <c>KAZ-QAT-2023-12-12-agreement</c> or <c>ESP-MAR-memorandum</c>.</summary>
    public static string BaseId(string partyKey, PartialDate? date, AgreementKind kind) =>
        date is { } known ? $"{partyKey}-{known}-{kind.ToGold()}" : $"{partyKey}-{kind.ToGold()}";

    /// <summary><paramref name="baseId"/> when free, else the first of <c>-2</c>, <c>-3</c>… that is.</summary>
    public static string Unique(string baseId, Func<string, bool> isTaken)
    {
        if (!isTaken(baseId))
        {
            return baseId;
        }

        for (var n = 2; ; n++)
        {
            var candidate = $"{baseId}-{n}";
            if (!isTaken(candidate))
            {
                return candidate;
            }
        }
    }
}
