namespace Pacta.Core.Model;

/// <summary>The step of an instrument's life that a text reports. Serialized as in GOLD-FORMAT.md (see <see cref="Vocabulary"/>).</summary>
public enum AgreementStatus
{
    Planned,
    Signed,
    Ratified,
    InForce,
    Terminated,
}
