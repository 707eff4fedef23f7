using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Pacta.Core.Model;
using Pacta.Core.Text;

namespace Pacta.Core.Languages;

/// <summary>
/// Everything Pacta knows about one language, loaded once from its lexicon folder: settings, the keyer, and one
/// word trie per lexicon kind. Immutable after loading and shared by all threads.
/// </summary>
public sealed class LanguageProfile
{
    internal LanguageProfile(ProfileSettings settings)
    {
        Settings = settings;
        Keyer = new WordKeyer(settings);
        Splitter = new SentenceSplitter(settings.Abbreviations);
    }

    public string Code => Settings.Code;

    public ProfileSettings Settings { get; }

    public WordKeyer Keyer { get; }

    public SentenceSplitter Splitter { get; }

    public Lexicon<GazetteerEntry> Gazetteer { get; } = new();

    public Lexicon<int> Months { get; } = new();

    /// <summary>Solar Hijri month names (Persian), converted with .NET's PersianCalendar.</summary>
    public Lexicon<int> PersianMonths { get; } = new();

    /// <summary>Lunar Hijri month names, converted with .NET's UmAlQuraCalendar.</summary>
    public Lexicon<int> HijriMonths { get; } = new();

    public Lexicon<int> Weekdays { get; } = new();

    public Lexicon<RelativeDate> RelativeDates { get; } = new();

    public Lexicon<DateWordRole> DateWords { get; } = new();

    public Lexicon<string> Titles { get; } = new();

    public Lexicon<InstrumentWord> Instruments { get; } = new();

    public Lexicon<AgreementStatus> Statuses { get; } = new();

    public Lexicon<Mood> Moods { get; } = new();

    public Lexicon<DomainClass> Domains { get; } = new();

    public Lexicon<string> Cues { get; } = new();

    public Lexicon<FunctionRole> FunctionWords { get; } = new();

    /// <summary>The function words that open a byline ("By", "Par", "Von"), also in <see cref="FunctionWords"/>: a header
    /// line whose first word starts none of them is not keyed to look for one.</summary>
    public Lexicon<FunctionRole> BylineWords { get; } = new();

    /// <summary>The function words that speak of an instrument named before ("it", "il", "он"), also in
    /// <see cref="FunctionWords"/>: a sentence with no word that starts one is not keyed to look for one.</summary>
    public Lexicon<FunctionRole> ItWords { get; } = new();

    /// <summary>The capitals' forms per state, in the order capitals.tsv lists them: each name's dictionary form
    /// first, then its inflected forms ("Доха", "Дохи", "Дохе" …).</summary>
    internal Dictionary<PartyCode, List<string>> MutableCapitalForms { get; } = [];

    /// <summary>
    /// The dictionary form of a capital written in an inflected form: the first form listed for the state that has
    /// the same stem, the two differing in their last letters only ("Дохе" → "Доха"), never another name of the same
    /// state ("Бонн" stays "Бонн", not "Берлин") nor a longer form of the name ("Washington" is not "Washington D.C.").
    /// The form itself when none is listed before it.
    /// </summary>
    public string DictionaryFormOfCapital(PartyCode code, string form)
    {
        if (!MutableCapitalForms.TryGetValue(code, out var forms))
        {
            return form;
        }

        var key = KeyNormalizer.Normalize(form);
        // "Ризі" is listed for "Рига" (a consonant alternation no ending rule reaches): an oblique row gives the form listed
        // before it that starts the same way.
        var row = forms.FindIndex(f => KeyNormalizer.Normalize(f) == key);
        for (var earlier = 0; earlier < row; earlier++)
        {
            var listed = KeyNormalizer.Normalize(forms[earlier]);
            var shared = listed.AsSpan().CommonPrefixLength(key);
            if (shared >= MinSharedStem - 1 && shared < Math.Min(listed.Length, key.Length) && Math.Abs(listed.Length - key.Length) <= MaxEndingLetters)
            {
                return forms[earlier];
            }
        }

        foreach (var listed in forms)
        {
            var listedKey = KeyNormalizer.Normalize(listed);
            var shared = listedKey.AsSpan().CommonPrefixLength(key);
            if (listedKey == key
                || (shared >= MinSharedStem && listedKey.Length - shared <= MaxEndingLetters && key.Length - shared <= MaxEndingLetters)
                || (shared >= MinSharedStem - 1 && SameConsonants(listedKey, key)))
            {
                return listed;
            }
        }

        return form;
    }

    /// <summary>
    /// Two forms of one capital whose stem vowel alternates (Ukrainian "Київ", "Києва", "Києві"; "Львів", "Львова"):
    /// the same consonants in the same order, once a vowel ending is set aside.
    /// </summary>
    private static bool SameConsonants(string a, string b)
    {
        const string Vowels = "aeiouyаеёиіїоуыэюяєәөұүі";
        var i = 0;
        var j = 0;
        while (true)
        {
            while (i < a.Length && Vowels.Contains(a[i], StringComparison.Ordinal))
            {
                i++;
            }

            while (j < b.Length && Vowels.Contains(b[j], StringComparison.Ordinal))
            {
                j++;
            }

            if (i == a.Length || j == b.Length)
            {
                return i == a.Length && j == b.Length;
            }

            if (a[i] != b[j])
            {
                return false;
            }

            i++;
            j++;
        }
    }

    /// <summary>The name of the state's capital as capitals.tsv lists it first (its dictionary form), or null.</summary>
    public string? CapitalName(PartyCode code) =>
        MutableCapitalForms.TryGetValue(code, out var forms) && forms.Count > 0 ? forms[0] : null;

    /// <summary>Letters two forms of one name share at least ("Дох-а", "Дох-е").</summary>
    private const int MinSharedStem = 3;

    /// <summary>Letters an ending may add or change at the end of either form.</summary>
    private const int MaxEndingLetters = 2;

    /// <summary>Function words written as endings ("-мен", "-la"): matched against the ending cut from a word.</summary>
    public IReadOnlyDictionary<string, FunctionRole> FunctionSuffixes => _functionSuffixes;

    internal Dictionary<string, FunctionRole> MutableFunctionSuffixes => _functionSuffixes;

    private readonly Dictionary<string, FunctionRole> _functionSuffixes = new(StringComparer.Ordinal);

    /// <summary><see cref="ReadWords"/> as one delegate for every sentence of this language (a race creates two
    /// equal ones).</summary>
    private Func<string, Sentence, SentenceWords>? _readWords;

    /// <summary>True when a word key can start a form of any lexicon (a name part is usually unknown).</summary>
    public bool IsKnownWord(string key) => Gazetteer.FirstKeys.Contains(key) || IsVocabularyWord(key);

    /// <summary>As <see cref="IsKnownWord"/>, but for the gazetteer's names: a person's name may share a key with one
    /// ("Kim Jong Un" and the UN), which the country recognizer then tells apart by case and context.</summary>
    public bool IsVocabularyWord(string key) =>
        Statuses.FirstKeys.Contains(key) || Instruments.FirstKeys.Contains(key)
        || Titles.FirstKeys.Contains(key) || Months.FirstKeys.Contains(key) || Weekdays.FirstKeys.Contains(key)
        || Domains.FirstKeys.Contains(key) || FunctionWords.FirstKeys.Contains(key) || Moods.FirstKeys.Contains(key)
        || Cues.FirstKeys.Contains(key) || RelativeDates.FirstKeys.Contains(key) || DateWords.FirstKeys.Contains(key);

    /// <summary>Splits the text into sentences, whose words are keyed when first needed.</summary>
    public IReadOnlyList<AnalyzedSentence> Analyze(string text)
    {
        var sentences = Splitter.Split(text);
        var analyzed = new List<AnalyzedSentence>(sentences.Count);
        foreach (var sentence in sentences)
        {
            analyzed.Add(AnalyzeSentence(text, sentence));
        }

        return analyzed;
    }

    /// <summary>The sentence, its words found and keyed when first needed (see <see cref="AnalyzedSentence"/>).</summary>
    public AnalyzedSentence AnalyzeSentence(string text, Sentence sentence) => new(text, sentence, _readWords ??= ReadWords);

    private SentenceWords ReadWords(string text, Sentence sentence)
    {
        var words = new List<Token>(sentence.Span.Length / 6 + 4);
        foreach (var token in Tokenizer.Enumerate(text, sentence.Span))
        {
            if (token.IsWordLike)
            {
                words.Add(token);
            }
        }

        var keys = new string[words.Count];
        var starts = new ulong[words.Count];
        var suffixes = new string[words.Count];
        var variants = new ImmutableArray<string>[words.Count];
        for (var i = 0; i < words.Count; i++)
        {
            var word = text.AsSpan(words[i].Start, words[i].Span.Length);
            keys[i] = Keyer.Key(word, out var suffix);
            starts[i] = KeyStartFilter.Pack(keys[i].AsSpan(0, Math.Min(keys[i].Length, KeyStartFilter.Length)));
            suffixes[i] = suffix;
            variants[i] = Keyer.PrefixVariants(word);
        }

        // The arrays are the sentence's own and never written again: held as immutable without a copy.
        return new SentenceWords(
            [.. words],
            ImmutableCollectionsMarshal.AsImmutableArray(keys),
            ImmutableCollectionsMarshal.AsImmutableArray(starts),
            ImmutableCollectionsMarshal.AsImmutableArray(suffixes),
            ImmutableCollectionsMarshal.AsImmutableArray(variants));
    }

    /// <summary>The keys of a lexicon form, word by word, as text words would be keyed.</summary>
    internal string[] KeysOf(string form)
    {
        var tokens = Tokenizer.Tokenize(form, new TextSpan(0, form.Length));
        return tokens.Where(t => t.IsWordLike).Select(t => Keyer.Key(form.AsSpan(t.Start, t.Span.Length))).ToArray();
    }
}
