using Pacta.Core.Model;

namespace Pacta.Storage.Merging;

/// <summary>One step of an agreement's life (signed, ratified…) with its date and the mentions that report it.</summary>
public sealed record StatusStep(AgreementStatus Status, PartialDate? Date, IReadOnlyList<string> MentionKeys);
