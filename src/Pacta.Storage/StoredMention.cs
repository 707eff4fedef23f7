using Pacta.Core.Model;

namespace Pacta.Storage;

/// <summary>One document's report of an agreement, by its stable key (what <c>pacta review split --mention</c> takes).</summary>
public sealed record StoredMention(string Key, string DocumentId, AgreementStatus Status, PartialDate? Date, double Confidence, IReadOnlyList<Evidence> Evidence);
