using System.Text;

namespace Pacta.Core.Languages;

/// <summary>
/// Parses one TSV lexicon stream (data/README.md): '#' comments, a header row, then one form per row. Reads a
/// stream; opening files is the caller's business.
/// </summary>
public static class LexiconReader
{
    public static IReadOnlyList<TsvRow> Read(Stream stream, string fileName, out IReadOnlyList<string> header)
    {
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var rows = new List<TsvRow>();
        string[]? columns = null;
        var lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line.StartsWith('#') || string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            var cells = line.Split('\t');
            if (columns is null)
            {
                columns = cells.Select(c => c.Trim()).ToArray();
                continue;
            }

            var form = cells[0].Trim().Normalize(NormalizationForm.FormC);
            if (form.Length == 0)
            {
                continue;
            }

            rows.Add(new TsvRow(fileName, lineNumber, form, cells.Skip(1).Select(c => c.Trim()).ToArray()));
        }

        header = columns ?? [];
        return rows;
    }
}
