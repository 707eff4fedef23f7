namespace Pacta.Core.Languages;

/// <summary>The field a domain word points to; <see cref="Other"/> marks instruments Pacta does not keep.</summary>
public enum DomainClass
{
    Defense,
    Security,
    Other,
}
