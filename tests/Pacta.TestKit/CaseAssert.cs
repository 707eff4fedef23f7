using Xunit.Sdk;

namespace Pacta.TestKit;

/// <summary>The one assertion every data-driven case goes through: on failure it prints the case, where it lives,
/// what was expected and what was found.</summary>
public static class CaseAssert
{
    public static void Equal(CaseRef reference, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        if (expected.SequenceEqual(actual))
        {
            return;
        }

        var c = reference.Case;
        throw new XunitException(
            $"tests/cases/{reference.Language}/{reference.Kind}.json #{reference.Index}{(c.Note is null ? "" : $" ({c.Note})")}\n" +
            $"  text:     {c.Text}\n" +
            $"  expected: {string.Join(" | ", expected)}\n" +
            $"  actual:   {string.Join(" | ", actual)}");
    }
}
