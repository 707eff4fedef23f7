namespace Pacta.Core.Model;

public enum AgreementKind
{
    Agreement,
    Memorandum,
    Plan,
    Treaty,
    Protocol,
    Contract,
    Other,
}
