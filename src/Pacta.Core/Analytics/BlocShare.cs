namespace Pacta.Core.Analytics;

/// <summary>The partner ties of a state that fall in one bloc, and their share of all its ties.</summary>
public sealed record BlocShare(string Bloc, int Ties, double Share);
