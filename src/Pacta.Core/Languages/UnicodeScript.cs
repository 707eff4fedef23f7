namespace Pacta.Core.Languages;

public enum UnicodeScript
{
    Other,
    Latin,
    Cyrillic,
    Arabic,
}
