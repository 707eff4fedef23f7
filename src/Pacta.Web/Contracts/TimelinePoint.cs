namespace Pacta.Web.Contracts;

/// <summary>How many agreements a state signed with one partner in one year (a dot of the partners timeline).</summary>
public sealed record TimelinePoint(string Partner, int Year, int Agreements);
