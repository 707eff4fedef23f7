namespace Pacta.Core.Model;

public enum AgreementDomain
{
    Defense,
    Security,
}
