namespace Pacta.Core.Evaluation;

/// <summary>Counts for one language or overall, and the figures derived from them exactly as tools/score.py does.</summary>
public sealed record ScoreCounts(int Documents, int TruePositives, int FalsePositives, int FalseNegatives, int Dates, int DatesCorrect, int Places, int PlacesCorrect, int Signers = 0, int SignersCorrect = 0)
{
    public static ScoreCounts Zero { get; } = new(0, 0, 0, 0, 0, 0, 0, 0);

    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => TruePositives + FalseNegatives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalseNegatives);

    public double F1 => Precision + Recall == 0 ? 0.0 : 2 * Precision * Recall / (Precision + Recall);

    public double? DateAccuracy => Dates == 0 ? null : (double)DatesCorrect / Dates;

    public double? PlaceAccuracy => Places == 0 ? null : (double)PlacesCorrect / Places;

    /// <summary>Matched pairs whose set of signatories is the gold one (GOLD-FORMAT scores them; tools/score.py does not).</summary>
    public double? SignatoryAccuracy => Signers == 0 ? null : (double)SignersCorrect / Signers;

    public static ScoreCounts operator +(ScoreCounts a, ScoreCounts b) => new(
        a.Documents + b.Documents,
        a.TruePositives + b.TruePositives,
        a.FalsePositives + b.FalsePositives,
        a.FalseNegatives + b.FalseNegatives,
        a.Dates + b.Dates,
        a.DatesCorrect + b.DatesCorrect,
        a.Places + b.Places,
        a.PlacesCorrect + b.PlacesCorrect,
        a.Signers + b.Signers,
        a.SignersCorrect + b.SignersCorrect);
}
