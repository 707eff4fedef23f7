using System.Text.Json;
using Pacta.Core.Model;

namespace Pacta.Core.Languages;

/// <summary>
/// Builds a <see cref="LanguageProfile"/> from one language folder of a lexicon source. Every lexicon kind is
/// read from <c>kind.tsv</c> and, where a tool generates part of it, <c>kind.generated.tsv</c>.
/// Bad rows fail loudly with the file and line: data errors must not pass silently.
/// </summary>
public static class LanguageProfileLoader
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static LanguageProfile Load(ILexiconSource source, string language)
    {
        var files = source.Files(language);
        ProfileSettings settings;
        if (files.Contains("profile.json"))
        {
            using var stream = source.Open(language, "profile.json");
            settings = JsonSerializer.Deserialize<ProfileSettings>(stream, JsonOptions) ?? new ProfileSettings();
        }
        else
        {
            settings = new ProfileSettings();
        }

        settings = settings with { Code = language };
        var profile = new LanguageProfile(settings);

        Read(source, profile, "countries", profile.Gazetteer, row => new GazetteerEntry(Code(row, 0), NameType.Name), NameEndings.Taken);
        Read(source, profile, "country-aliases", profile.Gazetteer, row => new GazetteerEntry(Code(row, 0), AliasType(row)), NameEndings.Taken);
        Read(source, profile, "capitals", profile.Gazetteer, row => Capital(profile, row), NameEndings.Taken);

        Read(source, profile, "demonyms", profile.Gazetteer, row => new GazetteerEntry(Code(row, 0), NameType.Demonym));
        Read(source, profile, "organizations", profile.Gazetteer, row => new GazetteerEntry(Code(row, 0), NameType.Organization));
        Read(source, profile, "months", profile.Months, row => Number(row, 0, 1, 12));
        Read(source, profile, "months-persian", profile.PersianMonths, row => Number(row, 0, 1, 12));
        Read(source, profile, "months-hijri", profile.HijriMonths, row => Number(row, 0, 1, 12));
        Read(source, profile, "weekdays", profile.Weekdays, row => Number(row, 0, 1, 7));
        Read(source, profile, "relative-dates", profile.RelativeDates, row => new RelativeDate(Number(row, 0, -100, 100), Enum<DateUnit>(row, 1)));
        Read(source, profile, "date-words", profile.DateWords, row => Enum<DateWordRole>(row, 0));
        Read(source, profile, "titles", profile.Titles, row => Value(row, 0));
        // Read once: a form's plural is told by the other forms of the file.
        var instrumentRows = Rows(source, profile.Code, "instruments", out _).ToList();
        var instruments = instrumentRows.Select(r => (r.Form, Kind: Value(r, 0))).ToHashSet();
        Read(instrumentRows, profile, profile.Instruments, row => Instrument(row) with { IsPlural = IsPlural(row, instruments, profile.Settings.PluralEndings) });
        Read(source, profile, "statuses", profile.Statuses, Status);
        Read(source, profile, "moods", profile.Moods, row => Enum<Mood>(row, 0));
        Read(source, profile, "domains", profile.Domains, row => Enum<DomainClass>(row, 0));
        Read(source, profile, "cues", profile.Cues, row => Value(row, 0));
        ReadFunctionWords(source, profile);
        return profile;
    }

    /// <summary>Reads every row of every file of one kind, for the data tests and tools.</summary>
    public static IEnumerable<TsvRow> Rows(ILexiconSource source, string language, string kind, out IReadOnlyList<string> header)
    {
        var rows = new List<TsvRow>();
        header = [];
        foreach (var file in FilesOf(source, language, kind))
        {
            using var stream = source.Open(language, file);
            rows.AddRange(LexiconReader.Read(stream, $"{language}/{file}", out header));
        }

        return rows;
    }

    private static IEnumerable<string> FilesOf(ILexiconSource source, string language, string kind) =>
        source.Files(language).Where(f => f == $"{kind}.tsv" || f == $"{kind}.generated.tsv").Order(StringComparer.Ordinal);

    /// <summary>Whether the forms of a lexicon are names in the dictionary form that case endings are added to.</summary>
    private enum NameEndings
    {
        None,
        Taken,
    }

    private static void Read<T>(ILexiconSource source, LanguageProfile profile, string kind, Lexicon<T> into, Func<TsvRow, T> parse, NameEndings endings = NameEndings.None) =>
        Read(Rows(source, profile.Code, kind, out _), profile, into, parse, endings);

    private static void Read<T>(IEnumerable<TsvRow> rows, LanguageProfile profile, Lexicon<T> into, Func<TsvRow, T> parse, NameEndings endings = NameEndings.None)
    {
        foreach (var row in rows)
        {
            T value;
            try
            {
                value = parse(row);
            }
            catch (Exception e) when (e is FormatException or ArgumentException)
            {
                throw new InvalidDataException($"{row.File}:{row.Line}: {e.Message}", e);
            }

            var keys = profile.KeysOf(row.Form);
            var requiresCapital = char.IsUpper(row.Form[0]);
            var entry = new LexiconEntry<T>(row.Form, value, requiresCapital, keys.Length) { IsAcronym = keys.Length == 1 && IsAcronym(row.Form) };
            into.Add(keys, entry);
            if (endings == NameEndings.Taken && keys.Length == 1 && Text.KeyNormalizer.Normalize(row.Form) is var whole && whole != keys[0])
            {
                // A name whose last letters look like an ending ("Вьетнам" is keyed "вьетн", as if "-ам" were one) takes
                // its case endings after the whole name: "Вьетнама", "Вьетнаму" are keyed "вьетнам".
                into.Add([whole], entry);
            }
        }
    }

    private static void ReadFunctionWords(ILexiconSource source, LanguageProfile profile)
    {
        foreach (var row in Rows(source, profile.Code, "function-words", out _))
        {
            var role = Enum<FunctionRole>(row, 0);
            if (row.Form.StartsWith('-') && row.Form.Length > 1)
            {
                // An ending such as Kazakh "-мен" (with): matched against the suffix cut from a word.
                profile.MutableFunctionSuffixes[Text.KeyNormalizer.Normalize(row.Form.AsSpan(1))] = role;
                continue;
            }

            if (row.Form.EndsWith('-') && row.Form.Length > 1)
            {
                // A clitic prefix such as Arabic "ب-" (in): kept with a '>' marker, tested against a word's start.
                profile.MutableFunctionSuffixes[Text.KeyNormalizer.Normalize(row.Form.AsSpan(0, row.Form.Length - 1)) + ">"] = role;
                continue;
            }

            var keys = profile.KeysOf(row.Form);
            var entry = new LexiconEntry<FunctionRole>(row.Form, role, false, keys.Length);
            profile.FunctionWords.Add(keys, entry);
            if (role == FunctionRole.By)
            {
                profile.BylineWords.Add(keys, entry);
            }
            else if (role == FunctionRole.PronounIt)
            {
                profile.ItWords.Add(keys, entry);
            }
        }
    }

    /// <summary>One word of two or more letters, all of them capitals: an abbreviation ("АНДР", "NATO", "ОДКБ").</summary>
    private static bool IsAcronym(string form) =>
        form.Count(char.IsLetter) >= 2 && form.All(c => char.IsUpper(c) || !char.IsLetter(c)) && !form.Any(char.IsWhiteSpace);

    private static string Value(TsvRow row, int column) =>
        column < row.Values.Count && row.Values[column].Length > 0
            ? row.Values[column]
            : throw new FormatException($"missing column {column + 2} for '{row.Form}'");

    /// <summary>A capital's entry; its form is also kept in file order for <see cref="LanguageProfile.DictionaryFormOfCapital"/>.</summary>
    private static GazetteerEntry Capital(LanguageProfile profile, TsvRow row)
    {
        var code = Code(row, 0);
        if (!profile.MutableCapitalForms.TryGetValue(code, out var forms))
        {
            profile.MutableCapitalForms[code] = forms = [];
        }

        forms.Add(row.Form);
        return new GazetteerEntry(code, NameType.Capital);
    }

    private static PartyCode Code(TsvRow row, int column) => new(Value(row, column));

    private static int Number(TsvRow row, int column, int min, int max)
    {
        var text = Value(row, column).TrimStart('+');
        if (!int.TryParse(text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) || n < min || n > max)
        {
            throw new FormatException($"'{text}' is not a number in {min}..{max}");
        }

        return n;
    }

    private static T Enum<T>(TsvRow row, int column)
        where T : struct, Enum
    {
        var text = Value(row, column).Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        return System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && System.Enum.IsDefined(value)
            ? value
            : throw new FormatException($"'{Value(row, column)}' is not a {typeof(T).Name}");
    }

    private static NameType AliasType(TsvRow row) => Value(row, 1) switch
    {
        "official" => NameType.Official,
        "alt" => NameType.Alternate,
        "former" => NameType.Former,
        "historical" => NameType.Historical,
        var other => throw new FormatException($"'{other}' is not an alias type (official, alt, former, historical)"),
    };

    /// <summary>A form with a word that is another form's word plus a plural ending, of the same kind: "framework
    /// agreements" beside "framework agreement", "accords de défense" beside "accord de défense".</summary>
    private static bool IsPlural(TsvRow row, HashSet<(string Form, string Kind)> forms, IReadOnlyList<string> endings)
    {
        var words = row.Form.Split(' ');
        for (var i = 0; i < words.Length; i++)
        {
            foreach (var entry in endings)
            {
                // "i>o": the plural ends with "i" where the singular ends with "o" (Italian "accordi", "accordo").
                var arrow = entry.IndexOf('>', StringComparison.Ordinal);
                var ending = arrow < 0 ? entry : entry[..arrow];
                var singular = arrow < 0 ? "" : entry[(arrow + 1)..];
                if (words[i].Length > ending.Length + 2 && words[i].EndsWith(ending, StringComparison.Ordinal)
                    && forms.Contains((string.Join(' ', words.Select((w, j) => j == i ? w[..^ending.Length] + singular : w)), Value(row, 0))))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static InstrumentWord Instrument(TsvRow row)
    {
        var kind = Value(row, 0);
        if (kind == "ref")
        {
            return new InstrumentWord(AgreementKind.Other, IsReference: true);
        }

        if (kind == "ref-in-force")
        {
            return new InstrumentWord(AgreementKind.Other, IsReference: true, Step: AgreementStatus.InForce);
        }

        return Vocabulary.TryParseKind(kind, out var parsed)
            ? new InstrumentWord(parsed, IsReference: false)
            : throw new FormatException($"'{kind}' is not an instrument kind");
    }

    private static AgreementStatus Status(TsvRow row) =>
        Vocabulary.TryParseStatus(Value(row, 0), out var status)
            ? status
            : throw new FormatException($"'{Value(row, 0)}' is not a status");
}
