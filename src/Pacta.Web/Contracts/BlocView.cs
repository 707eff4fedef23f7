namespace Pacta.Web.Contracts;

/// <summary>The partner ties of a state that fall in one bloc, and their share.</summary>
public sealed record BlocView(string Bloc, int Ties, double Share);
