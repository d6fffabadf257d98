using System.Globalization;
using System.Text;

namespace MedPay.Rules.Workbooks;

/// <summary>
/// Decodes the escapes of SpreadsheetML strings (ECMA-376 ST_Xstring): <c>_xHHHH_</c> stands for the UTF-16 code unit HHHH, which is
/// how Excel stores a carriage return inside a cell (<c>_x000D_</c>); <c>_x005F_</c> escapes an underscore that would otherwise begin
/// one. Other readers (ExcelDataReader, SheetJS, exceljs) decode them the same way; the Open XML SDK leaves them as written.
/// </summary>
internal static class OoxmlText
{
    public static string Decode(string text)
    {
        var at = text.IndexOf("_x", StringComparison.Ordinal);
        if (at < 0) return text;
        var builder = new StringBuilder(text.Length);
        var start = 0;
        while (at >= 0)
        {
            if (at + 7 <= text.Length && text[at + 6] == '_' && ushort.TryParse(text.Substring(at + 2, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                builder.Append(text, start, at - start).Append((char)unit);
                start = at + 7;
                at = text.IndexOf("_x", start, StringComparison.Ordinal);
            }
            else
            {
                at = text.IndexOf("_x", at + 1, StringComparison.Ordinal);
            }
        }

        return builder.Append(text, start, text.Length - start).ToString();
    }
}
