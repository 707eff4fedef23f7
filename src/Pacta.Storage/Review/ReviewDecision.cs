namespace Pacta.Storage.Review;

/// <summary>
/// One decision of an analyst, kept apart from machine output and re-applied every time the agreements of its party
/// set are rebuilt (on each ingest and on <c>pacta reprocess</c>), in the order they were taken.
/// </summary>
/// <param name="AgreementId">The agreement decided on (the one that keeps its id, for a merge).</param>
/// <param name="OtherId">For <see cref="ReviewAction.Merge"/>: the agreement merged into <paramref name="AgreementId"/>.</param>
/// <param name="MentionKey">For <see cref="ReviewAction.Split"/>: the mention split out.</param>
/// <param name="Field">For <see cref="ReviewAction.Edit"/>: status, date, kind, domain or place (see <see cref="EditableField"/>).</param>
/// <param name="Value">For <see cref="ReviewAction.Edit"/>: the new value in the gold vocabulary; empty clears a place.</param>
public sealed record ReviewDecision(
    ReviewAction Action,
    string AgreementId,
    string By,
    DateTimeOffset At,
    string? OtherId = null,
    string? MentionKey = null,
    string? Field = null,
    string? Value = null);
