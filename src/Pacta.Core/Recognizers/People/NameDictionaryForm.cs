using Pacta.Core.Languages;

namespace Pacta.Core.Recognizers.People;

/// <summary>
/// Gives a name read after a title in an oblique case its dictionary form: the title's ending tells the case, since a
/// name agrees with its title ("подписано министром обороны Андреем Белоусовым" → "Андрей Белоусов"). Words with
/// none of the case's endings (indeclinable foreign names: "Садио") are kept as written.
/// </summary>
internal static class NameDictionaryForm
{
    /// <param name="titleWords">The first word of each title in the title phrase, in order: the first with a case
    /// ending tells the case ("в Нур-Султане президентами", where "Султане" is also read as the title "султан").</param>
    public static string Of(string name, IEnumerable<string> titleWords, LanguageProfile language)
    {
        NameCase? nameCase = null;
        foreach (var word in titleWords)
        {
            if ((nameCase = CaseOf(word, language.Settings.NameCases)) is not null)
            {
                break;
            }
        }

        return nameCase is null ? name : InCase(name, nameCase);
    }

    /// <summary>The dictionary form of a name known to stand in the case named <paramref name="caseName"/> ("instrumental":
    /// the agent of a Russian passive, "подписанный Владимиром Путиным"); as written when the language lists no such case.</summary>
    public static string InCase(string name, string caseName, LanguageProfile language) =>
        language.Settings.NameCases.FirstOrDefault(c => c.Name == caseName) is { } nameCase
            ? InCase(name, nameCase)
            : name;

    private static string InCase(string name, NameCase nameCase) => string.Join(' ', name.Split(' ').Select(word => DictionaryWord(word, nameCase)));

    private static NameCase? CaseOf(string titleWord, IReadOnlyList<NameCase> cases)
    {
        foreach (var nameCase in cases)
        {
            foreach (var ending in nameCase.TitleEndings)
            {
                if (titleWord.Length > ending.Length && titleWord.EndsWith(ending, StringComparison.OrdinalIgnoreCase))
                {
                    return nameCase;
                }
            }
        }

        return null;
    }

    private static string DictionaryWord(string word, NameCase nameCase)
    {
        foreach (var pair in nameCase.Endings)
        {
            var (oblique, dictionary) = (pair[0], pair[1]);
            if (word.Length - oblique.Length >= nameCase.MinStem && word.EndsWith(oblique, StringComparison.Ordinal))
            {
                return string.Concat(word.AsSpan(0, word.Length - oblique.Length), dictionary);
            }
        }

        return word;
    }
}
