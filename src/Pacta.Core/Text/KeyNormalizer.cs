using System.Globalization;
using System.Text;

namespace Pacta.Core.Text;

/// <summary>
/// Turns a word into the key lexicons are looked up by: lower case, no diacritics, one spelling for the letters
/// that scripts write several ways (Arabic and Persian yeh, kaf, alef and teh marbuta; Turkish dotless i;
/// German sharp s), ASCII digits. The same function runs over lexicon forms and text, so both meet.
/// </summary>
public static class KeyNormalizer
{
    public static string Normalize(ReadOnlySpan<char> word)
    {
        var builder = new StringBuilder(word.Length);
        var decomposed = word.ToString().Normalize(NormalizationForm.FormD);
        foreach (var raw in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(raw);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
            {
                continue;
            }

            var c = char.ToLowerInvariant(raw);
            switch (c)
            {
                case '\u200C' or '\u200D' or '\u0640':
                    continue;
                case 'ı':
                    builder.Append('i');
                    continue;
                case 'ß':
                    builder.Append("ss");
                    continue;
                case '’' or 'ʼ' or '‘':
                    builder.Append('\'');
                    continue;
                case 'ى' or 'ی' or 'ې':
                    builder.Append('ي');
                    continue;
                case 'ک':
                    builder.Append('ك');
                    continue;
                case 'ة':
                    builder.Append('ه');
                    continue;
                case 'أ' or 'إ' or 'آ' or 'ٱ':
                    builder.Append('ا');
                    continue;
            }

            if (char.IsDigit(c) && c > '9')
            {
                var value = (int)CharUnicodeInfo.GetNumericValue(c);
                builder.Append((char)('0' + value));
                continue;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
