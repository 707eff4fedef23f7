using Pacta.Core.Model;

namespace Pacta.Storage.Merging;

/// <summary>The order of the steps of an instrument's life: planned, signed, ratified, in force, terminated.</summary>
public static class LifeOrder
{
    /// <summary>How far apart (in years) two steps of one instrument may be dated before they are taken for two
    /// instruments: a plan signed years later, or a ratification a decade on, is more likely another text.
    /// Termination has no limit: instruments are denounced decades after signing.</summary>
    public const int MaxYearsBetweenSteps = 3;

    public static int Rank(AgreementStatus status) => status switch
    {
        AgreementStatus.Planned => 0,
        AgreementStatus.Signed => 1,
        AgreementStatus.Ratified => 2,
        AgreementStatus.InForce => 3,
        AgreementStatus.Terminated => 4,
        _ => throw new ArgumentOutOfRangeException(nameof(status)),
    };

    /// <summary>True when a step dated <paramref name="laterDate"/> can follow one dated
    /// <paramref name="earlierDate"/> in the life of one instrument.</summary>
    public static bool CanFollow(PartialDate earlierDate, PartialDate laterDate, AgreementStatus laterStatus)
    {
        if (laterDate.End < earlierDate.Start)
        {
            return false;
        }

        return laterStatus == AgreementStatus.Terminated
            || laterDate.Start <= earlierDate.End.AddYears(MaxYearsBetweenSteps);
    }
}
