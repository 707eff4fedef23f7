using Pacta.Core.Model;

namespace Pacta.Ingest.Dcad;

/// <summary>A COW code resolved to a party, or the one-line reason it could not be.</summary>
public readonly record struct CowResolution(PartyCode? Party, string? Problem)
{
    public static CowResolution Mapped(PartyCode party) => new(party, null);

    public static CowResolution Unmapped(string problem) => new(null, problem);
}
