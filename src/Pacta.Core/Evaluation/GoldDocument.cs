namespace Pacta.Core.Evaluation;

public sealed record GoldDocument(string Id, string Language, IReadOnlyList<GoldAgreement> Agreements);
