using Xunit.Abstractions;

namespace Pacta.TestKit;

/// <summary>
/// Points at one case of one case file. Serializable so that every case is its own test in the runner, named
/// like <c>fr/dates #7: "le 12 décembre"</c>.
/// </summary>
public sealed class CaseRef : IXunitSerializable
{
    public CaseRef()
    {
    }

    public CaseRef(string language, string kind, int index)
    {
        Language = language;
        Kind = kind;
        Index = index;
    }

    public string Language { get; private set; } = "";

    public string Kind { get; private set; } = "";

    public int Index { get; private set; }

    public TestCaseData Case => CaseFile.Load(Language, Kind)[Index];

    public void Deserialize(IXunitSerializationInfo info)
    {
        Language = info.GetValue<string>(nameof(Language));
        Kind = info.GetValue<string>(nameof(Kind));
        Index = info.GetValue<int>(nameof(Index));
    }

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue(nameof(Language), Language);
        info.AddValue(nameof(Kind), Kind);
        info.AddValue(nameof(Index), Index);
    }

    public override string ToString()
    {
        var text = Case.Text;
        return $"{Language}/{Kind} #{Index}: \"{(text.Length > 50 ? text[..50] + "…" : text)}\"";
    }
}
