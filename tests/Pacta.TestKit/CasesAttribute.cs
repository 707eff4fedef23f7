using System.Reflection;
using Xunit.Sdk;

namespace Pacta.TestKit;

/// <summary>
/// Feeds a theory with every case of tests/cases/*/&lt;kind&gt;.json: a new language folder is picked up with no
/// new test class.
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CasesAttribute(string kind) : DataAttribute
{
    public string Kind { get; } = kind;

    public override IEnumerable<object[]> GetData(MethodInfo testMethod)
    {
        foreach (var language in CaseFile.Languages(Kind))
        {
            var cases = CaseFile.Load(language, Kind);
            for (var i = 0; i < cases.Count; i++)
            {
                yield return [new CaseRef(language, Kind, i)];
            }
        }
    }
}
