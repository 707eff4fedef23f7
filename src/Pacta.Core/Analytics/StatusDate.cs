using Pacta.Core.Model;

namespace Pacta.Core.Analytics;

/// <summary>One step of an instrument's life with the date it was taken, when known (ratified in 2024-03).</summary>
public readonly record struct StatusDate(AgreementStatus Status, PartialDate Date);
