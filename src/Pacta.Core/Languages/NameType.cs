namespace Pacta.Core.Languages;

/// <summary>How a gazetteer form names its state or organisation.</summary>
public enum NameType
{
    Name,
    Official,
    Alternate,
    Former,
    Historical,
    Capital,
    Demonym,
    Organization,
}
